#!/usr/bin/env bash
# Measures the whole pipeline on a loopback Spark standalone cluster (master, worker and executor
# JVMs on 127.0.0.1, Spark's own jars, the job jar submitted with SparkSubmit) beside local[*],
# on the same generated deliveries. Prints one Markdown row per run and the medians.
#
#   notebooks/tools/cluster-benchmark.sh SIZE RUNS [DATA_ROOT]
#   e.g. notebooks/tools/cluster-benchmark.sh 1000000 3 /tmp/bench
#
# Needs a build: mvn -B -q -DskipTests package dependency:copy-dependencies@spark-home -pl reports,jobs,notebooks
# Data: DATA_ROOT/data-SIZE, generated with './socialbench generate --municipalities 98
# --registrations SIZE --seed 7' when missing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
size="$1"; runs="$2"; data_root="${3:-$ROOT/target/cluster-bench}"
data="$data_root/data-$size"
spark_home="$ROOT/notebooks/target/spark-home"
job_jar="$(ls "$ROOT"/jobs/target/socialbench-jobs-*-job.jar)"
jobs_cp="$(ls "$ROOT"/jobs/target/socialbench-jobs-*.jar | grep -v -- -job.jar):$(cat "$ROOT/jobs/target/classpath.txt")"
add_opens="$(sed -n 's:.*<spark.add-opens>\(.*\)</spark.add-opens>.*:\1:p' "$ROOT/pom.xml")"
export SPARK_LOCAL_IP=127.0.0.1 SPARK_HOME="$spark_home" SPARK_SCALA_VERSION=2.12
export SOCIALBENCH_PSEUDONYM_KEY="${SOCIALBENCH_PSEUDONYM_KEY:-benchmark-key-0123456789}"
driver_memory="${DRIVER_MEMORY:-8g}"        # local[*]: the driver is the whole Spark
executor_memory="${EXECUTOR_MEMORY:-8g}"    # cluster: one executor with every core of the worker
cores="$(nproc)"
# The same shuffle parallelism on both sides (the launcher's local default, 2 per core): the
# comparison is then of the cluster machinery alone, not of a setting.
partitions="${SHUFFLE_PARTITIONS:-$((2 * cores))}"

if [[ ! -d "$data" ]]; then
  # shellcheck disable=SC2086
  java -Xmx4g -cp "$jobs_cp" dk.socialbench.cli.Main generate --out "$data" \
    --municipalities 98 --registrations "$size" --seed 7 >/dev/null
fi

logs="$data_root/logs-$size"; mkdir -p "$logs"
port=$((20000 + RANDOM % 20000))
# shellcheck disable=SC2086
java $add_opens -Xmx512m -cp "$spark_home/jars/*" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$port" --webui-port 0 >"$logs/master.log" 2>&1 &
master=$!
# shellcheck disable=SC2086
java $add_opens -Xmx512m -cp "$spark_home/jars/*" org.apache.spark.deploy.worker.Worker \
  --host 127.0.0.1 --cores "$cores" --memory "$executor_memory" --webui-port 0 \
  --work-dir "$logs/worker" "spark://127.0.0.1:$port" >"$logs/worker.log" 2>&1 &
worker=$!
cleanup() { kill "$worker" "$master" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 100); do grep -q "Successfully registered" "$logs/worker.log" 2>/dev/null && break; sleep 0.3; done

stage() { /usr/bin/python3 -c "import json,sys; m=json.load(open(sys.argv[1])); print(' '.join('%.1f' % s['seconds'] for s in m['stages']))" "$1"; }

measure() { # mode run
  local mode="$1" i="$2" work="$data_root/work-$size-$1" start end load
  rm -rf "$work"
  load="$(cut -d' ' -f1 /proc/loadavg)"
  start=$(date +%s.%N)
  if [[ "$mode" == local ]]; then
    # shellcheck disable=SC2086
    java $add_opens -Xmx"$driver_memory" -cp "$jobs_cp" dk.socialbench.cli.Main run \
      --input "$data" --work "$work" --conf spark.sql.shuffle.partitions="$partitions" \
      >"$logs/$mode-$i.log" 2>&1
  else
    # shellcheck disable=SC2086
    java $add_opens -Xmx2g -cp "$spark_home/jars/*" org.apache.spark.deploy.SparkSubmit \
      --master "spark://127.0.0.1:$port" --conf spark.driver.host=127.0.0.1 \
      --conf spark.ui.enabled=false --conf spark.executor.memory="$executor_memory" \
      --conf spark.executor.cores="$cores" --conf spark.sql.shuffle.partitions="$partitions" "$job_jar" --input "$data" --work "$work" >"$logs/$mode-$i.log" 2>&1
  fi
  end=$(date +%s.%N)
  local run; run="$(cat "$work/runs/LATEST")"
  printf '| %s | %s | %d | %.1f | %s | %s |\n' "$size" "$mode" "$i" "$(echo "$end - $start" | bc)" \
    "$(stage "$work/runs/$run/manifest.json")" "$load"
}

echo "| registrations | mode | run | wall s | ingest s, analyses s | load before |"
echo "|---:|---|---:|---:|---|---:|"
for i in $(seq "$runs"); do
  measure local "$i"
  measure cluster "$i"
done
