#!/bin/bash
# The sixth red-team pass (docs/privacy.md, "Red team, sixth pass"): what a run writes outside WORK,
# with what permissions, and what it leaves. Writes the harness's deliveries, runs the small accepted
# files of A to the end, the whole of A killed (SIGKILL) once ingest writes, and two refused
# deliveries, each under strace -f; OUT/<k>.written lists every path each created or wrote outside
# its WORK and the input. Then scan what is left with scan.py (e.g. OUT/work_killed/.spark-scratch).
# Usage: jobs/src/test/redteam/outside_work.sh TREE OUT   (TREE built with mvn -o -q -DskipTests package)
set -u
TREE=$1; OUT=$2
rm -rf "$OUT"; mkdir -p "$OUT"
cd "$TREE"
python3 jobs/src/test/redteam/make_attack.py "$OUT/att" && python3 jobs/src/test/redteam/make_xlsx.py "$OUT/att" || exit 1
printf 'red-team-key-not-secret-0123456789' > "$OUT/key"; chmod 600 "$OUT/key"
trace() { # name input [kill-marker]
  local k=$1 in=$2 marker=${3:-}
  local w=$OUT/work_$k
  strace -f --seccomp-bpf -e trace=openat,mkdir,mkdirat,rename,renameat,renameat2 -o "$OUT/$k.strace" \
    nice ./socialbench run --input "$in" --work "$w" --key-file "$OUT/key" > "$OUT/$k.out" 2> "$OUT/$k.err" &
  local pid=$!
  if [ -n "$marker" ]; then
    for i in $(seq 1 900); do grep -q "$marker" "$OUT/$k.out" && break; sleep 1; done
    # SIGKILL to the java process (strace's child), not to strace
    local j; j=$(pgrep -f "dk.socialbench.cli.Main run .*work_$k" | head -1)
    echo "killing $j at: $(grep "$marker" "$OUT/$k.out" | head -1)"
    kill -9 $j
  fi
  wait $pid; echo "$k rc=$?"
  # every path created or opened for writing outside WORK and the input
  grep -E 'O_WRONLY|O_RDWR|O_CREAT|mkdir|rename' "$OUT/$k.strace" | grep -v ENOENT | grep -oE '"/[^"]*"' | tr -d '"' \
    | grep -v -e "^$w" -e "^$OUT/att" -e '^/proc' -e '^/sys' -e '^/dev' | sort -u > "$OUT/$k.written"
}
# 1. the small accepted deliveries (everything of A but its big main file), a full run
mkdir -p "$OUT/small"; (cd "$OUT/att/A" && cp -r bom.csv crlf.csv quoted.csv "157 levering.csv" "Ib Qvistgaard 230787-3917" "$OUT/small/")
cp "$OUT"/att/A/*.xlsx "$OUT/small/"
trace full "$OUT/small"
# 2. the whole of A, killed (SIGKILL) once ingest writes
trace killed "$OUT/att/A" "ingest: writing"
# 3. refused: the unbalanced quote, and a broken workbook
trace refused "$OUT/att/R_unbalanced"
X=$(ls -d "$OUT"/att/R_xlsx_sst 2>/dev/null | head -1); [ -n "$X" ] && trace refused_xlsx "$X"
echo done
