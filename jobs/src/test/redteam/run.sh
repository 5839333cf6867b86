#!/bin/bash
# The red team's full attack (docs/privacy.md, "Red team: hostile deliveries"): writes the hostile
# deliveries, runs `socialbench run` on the accepted ones and on each delivery meant to be refused
# (Spark's event log on, under WORK), dumps every Parquet value, and scans WORK, the dump, stdout,
# stderr and the event log for every planted CPR number and name part.
#
# Usage, from the repository's root after `mvn -B -o -q -DskipTests package`:
#   jobs/src/test/redteam/run.sh /tmp/redteam          # prints the scanner's hits; none is the pass
set -u
OUT=$(realpath -m "$1")
REPO=$(pwd)
HERE=$REPO/jobs/src/test/redteam
rm -rf "$OUT" && mkdir -p "$OUT"
python3 "$HERE/make_attack.py" "$OUT/att" && python3 "$HERE/make_xlsx.py" "$OUT/att" || exit 1
printf 'red-team-key-not-secret-0123456789' > "$OUT/key" && chmod 600 "$OUT/key"
for d in "$OUT"/att/*/; do
  k=$(basename "$d")
  w=$OUT/work_$k
  mkdir -p "$w/events"
  nice ./socialbench run --input "$d" --work "$w" --key-file "$OUT/key" \
    --conf spark.eventLog.enabled=true --conf "spark.eventLog.dir=file://$w/events" \
    > "$w.out" 2> "$w.err"
  echo "rc=$?" >> "$w.out"
  echo "$k: $(tail -1 "$w.out")"
done
CP="$REPO/jobs/target/classes:$(cat "$REPO/jobs/target/classpath.txt")"
mkdir -p "$OUT/dumpcls"
javac -d "$OUT/dumpcls" -cp "$CP" "$HERE/Dump.java" || exit 1
for w in "$OUT"/work_*/; do
  if [ -d "$w/runs" ]; then
    java --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED \
      --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED \
      --add-opens=java.base/sun.util.calendar=ALL-UNNAMED \
      -cp "$OUT/dumpcls:$CP" Dump "$w" "${w%/}.tsv.dump" > /dev/null 2>&1
  fi
done
python3 "$HERE/scan.py" "$OUT"/work_*
