#!/usr/bin/env bash
# Start-up benchmark: how long `java -jar` takes until /actuator/health/readiness is UP on an
# empty embedded PostgreSQL (cold: initdb + migrations + demo data when a loader exists) and on an
# existing data directory (warm), and how much memory the JVM and the PostgreSQL processes hold
# once ready. Baseline in the same run: a JVM that starts and prints one line.
#   bench/run.sh startup            N=3 runs (BENCH_RUNS=5 for more)
#   BENCH_JAVA_OPTS="-Xmx512m" bench/run.sh startup
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${BENCH_RUNS:-3}"
java_opts="${BENCH_JAVA_OPTS:-}"
work="$(mktemp -d -t hataraku-bench-XXXXXX)"
app_pid=""

cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill -TERM "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }
pss_kb() { awk '/^Pss:/ { print $2 }' "/proc/$1/smaps_rollup" 2>/dev/null || echo 0; }
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / hz }' "/proc/$1/stat"; }

# The embedded PostgreSQL processes: the postmaster serving data directory $1 (it detaches from
# the JVM, so it is found by its -D argument) and its backends.
postgres_pids() {
  local master
  master="$(pgrep -f -- "postgres -D $1/pgdata " | head -1 || true)"
  [ -n "$master" ] || return 0
  echo "$master"
  pgrep -P "$master" || true
}

echo "Building the jar once ..."
mvn -B -q -DskipTests package
jar="$(ls target/hataraku-*.jar | grep -v -- '-plain\.jar$' | head -1)"
echo "jar: $jar ($(du -h "$jar" | cut -f1)); java: $(java -version 2>&1 | head -1); cpus: $(nproc)"

# Baseline: the cheapest JVM start there is, a class that prints one line.
mkdir -p "$work/baseline"
cat > "$work/baseline/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] args) { System.out.println("hello"); } }
JAVA
javac -d "$work/baseline" "$work/baseline/Hello.java"
java $java_opts -cp "$work/baseline" Hello >/dev/null   # warm the page cache
for i in $(seq "$runs"); do
  t0=$(now); java $java_opts -cp "$work/baseline" Hello >/dev/null; t1=$(now)
  elapsed "$t0" "$t1"; echo
done > "$work/jvm.txt"

# Starts the app on data directory $1 and waits until it is ready; appends
# "seconds java_rss_kb pg_rss_kb pg_pss_kb java_cpu_s" to the file $2. Leaves the app running (app_pid).
start_and_measure() {
  local data="$1" port t0 t1 java_kb java_cpu pg_kb=0 pg_pss=0 p
  port="$(free_port)"
  t0=$(now)
  HATARAKU_DATA_DIR="$data" PORT="$port" HATARAKU_DB_URL="" \
    java $java_opts -jar "$jar" >"$data.log" 2>&1 &
  app_pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$app_pid" 2>/dev/null; then
      echo "the application stopped before it was ready; log: $data.log" >&2
      tail -30 "$data.log" >&2
      exit 1
    fi
    if [ "$(elapsed "$t0" "$(now)" | cut -d. -f1)" -ge 180 ]; then
      echo "not ready after 180 s; log: $data.log" >&2
      exit 1
    fi
    sleep 0.05
  done
  t1=$(now)
  java_cpu=$(cpu_s "$app_pid")
  sleep 1   # let start-up work that runs right after readiness settle before reading memory
  java_kb=$(rss_kb "$app_pid")
  for p in $(postgres_pids "$data"); do
    pg_kb=$((pg_kb + $(rss_kb "$p")))
    pg_pss=$((pg_pss + $(pss_kb "$p")))
  done
  echo "$(elapsed "$t0" "$t1") $java_kb $pg_kb $pg_pss $java_cpu" >> "$2"
}

stop_app() {
  kill -TERM "$app_pid"
  local waited=0
  while kill -0 "$app_pid" 2>/dev/null && [ $waited -lt 600 ]; do sleep 0.1; waited=$((waited + 1)); done
  if kill -0 "$app_pid" 2>/dev/null; then kill -KILL "$app_pid"; fi
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
}

: > "$work/cold.txt"; : > "$work/warm.txt"
for i in $(seq "$runs"); do
  data="$work/data-$i"
  mkdir -p "$data"
  start_and_measure "$data" "$work/cold.txt"; stop_app
  start_and_measure "$data" "$work/warm.txt"; stop_app
  cold="$(tail -1 "$work/cold.txt")"; warm="$(tail -1 "$work/warm.txt")"
  read -r cs cj cp cpss ccpu <<<"$cold"; read -r ws wj wp wpss wcpu <<<"$warm"
  echo "run $i: cold ready ${cs} s (JVM CPU ${ccpu} s, java RSS $((cj / 1024)) MB, postgres RSS $((cp / 1024)) MB," \
       "PSS $((cpss / 1024)) MB); warm ready ${ws} s (JVM CPU ${wcpu} s, java RSS $((wj / 1024)) MB); load $(cut -d' ' -f1-3 /proc/loadavg)"
done

jvm_s=$(median < "$work/jvm.txt")
cold_s=$(cut -d' ' -f1 "$work/cold.txt" | median)
warm_s=$(cut -d' ' -f1 "$work/warm.txt" | median)
java_mb=$(cut -d' ' -f2 "$work/cold.txt" | median | awk '{ printf "%.0f", $1 / 1024 }')
pg_mb=$(cut -d' ' -f3 "$work/cold.txt" | median | awk '{ printf "%.0f", $1 / 1024 }')
pg_pss_mb=$(cut -d' ' -f4 "$work/cold.txt" | median | awk '{ printf "%.0f", $1 / 1024 }')
cold_cpu=$(cut -d' ' -f5 "$work/cold.txt" | median)
warm_cpu=$(cut -d' ' -f5 "$work/warm.txt" | median)
warm_java_mb=$(cut -d' ' -f2 "$work/warm.txt" | median | awk '{ printf "%.0f", $1 / 1024 }')

echo "medians of $runs runs on $(nproc) CPUs, load average now $(cut -d' ' -f1-3 /proc/loadavg) (wall times grow with other work on the machine; CPU seconds of the JVM much less)"
echo "postgres RSS is the sum over its processes (shared memory counted in each; PSS ${pg_pss_mb} MB)"
echo "RESULT jvm_start_s=$(printf '%.3f' "$jvm_s") s"
echo "RESULT startup_ready_s=$(printf '%.2f' "$cold_s") s"
echo "RESULT startup_ready_min_s=$(cut -d' ' -f1 "$work/cold.txt" | sort -g | head -1 | xargs printf "%.2f") s"
echo "RESULT startup_cpu_s=$cold_cpu s"
echo "RESULT startup_rss_mb=$java_mb MB"
echo "RESULT startup_postgres_rss_mb=$pg_mb MB"
echo "RESULT startup_postgres_pss_mb=$pg_pss_mb MB"
echo "RESULT warm_ready_s=$(printf '%.2f' "$warm_s") s"
echo "RESULT warm_ready_min_s=$(cut -d' ' -f1 "$work/warm.txt" | sort -g | head -1 | xargs printf "%.2f") s"
echo "RESULT warm_cpu_s=$warm_cpu s"
echo "RESULT warm_rss_mb=$warm_java_mb MB"
echo "RESULT ratio_vs_jvm_start=$(awk -v a="$cold_s" -v b="$jvm_s" 'BEGIN { printf "%.0f", a / b }') x"
echo "RESULT warm_ratio_vs_jvm_start=$(awk -v a="$warm_s" -v b="$jvm_s" 'BEGIN { printf "%.0f", a / b }') x"
