#!/usr/bin/env bash
# Claim → submit load benchmark (issue 3). On the machine's PostgreSQL (127.0.0.1:5432):
#   1. seeds BENCH_WORKERS (200) active workers with API tokens on the team of an overlap-2 pool
#      job with BENCH_ITEMS (100,000) items, through the modules' public APIs;
#   2. starts the application jar against that database and lets every worker claim and submit
#      through the HTTP API with its bearer token, BENCH_WARMUP (10) s of warm-up then
#      BENCH_SECONDS (30) s measured; checks the database for double assignments and lost
#      submissions afterwards;
#   3. baselines from the same run: `pgbench -N` TPS (the database's commit rate, 32 clients) and
#      Flowable 8 claiming and completing BENCH_FLOWABLE_TASKS (3,000) human tasks with the same
#      number of threads on the same server.
# Ends with RESULT lines. BENCH_JAVA_OPTS go to the application's JVM.
set -euo pipefail
cd "$(dirname "$0")/.."

workers="${BENCH_WORKERS:-200}"
items="${BENCH_ITEMS:-100000}"
seconds="${BENCH_SECONDS:-30}"
warmup="${BENCH_WARMUP:-10}"
flowable_tasks="${BENCH_FLOWABLE_TASKS:-3000}"
java_opts="${BENCH_JAVA_OPTS:--Xmx1g}"
pg=(-h 127.0.0.1 -p 5432 -U postgres)
db=hataraku_bench_claim
flow_db=hataraku_bench_flowable
pgb_db=hataraku_bench_pgbench
url="jdbc:postgresql://127.0.0.1:5432/$db"
work="$(mktemp -d -t hataraku-claim-XXXXXX)"
app_pid=""

cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill -TERM "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "bench/claim needs PostgreSQL on 127.0.0.1:5432 (pgbench runs against it too)" >&2
  exit 1
fi
fresh_db() { psql "${pg[@]}" -q -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" postgres >/dev/null 2>&1; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

echo "== build"
mvn -B -q -DskipTests package
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-cp.txt >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench-cp.txt)"
jar="$(ls target/hataraku-*.jar | grep -v plain | head -1)"

echo "== seed: $workers workers, $items items (overlap 2)"
fresh_db "$db"
java -cp "$cp" -Dhataraku.db.username=postgres -Dhataraku.db.password= \
  jp.hataraku.bench.ClaimBench seed "$url" "$workers" "$items" "$work/tokens"

echo "== load: $workers concurrent workers, ${warmup}s warm-up + ${seconds}s measured"
port="$(free_port)"
HATARAKU_DB_URL="$url" HATARAKU_DB_USER=postgres HATARAKU_DEMO=false PORT="$port" \
  java $java_opts -Dhataraku.db.pool-size="${BENCH_POOL:-32}" -Dserver.tomcat.threads.max="${BENCH_TOMCAT_THREADS:-200}" \
  -Dlogging.level.root=WARN -jar "$jar" >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
  sleep 1
done
java -cp "$cp" jp.hataraku.bench.ClaimBench load "http://127.0.0.1:$port" "$work/tokens" "$seconds" "$warmup" \
  "$url?user=postgres" >"$work/load.txt"
grep -v "^RESULT" "$work/load.txt" || true
kill -TERM "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""

echo "== baseline: pgbench -N, 32 clients, 15 s"
fresh_db "$pgb_db"
pgbench "${pg[@]}" -i -q -s 10 "$pgb_db" >/dev/null 2>&1
pgbench "${pg[@]}" -N -c 32 -j 2 -T 15 "$pgb_db" 2>/dev/null | tee "$work/pgbench.txt" | grep -E "^tps" || true
tps="$(awk '/^tps/ { print $3; exit }' "$work/pgbench.txt")"

echo "== peer: Flowable 8, $flowable_tasks human tasks, $workers threads"
fresh_db "$flow_db"
(cd bench/flowable && mvn -B -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null)
java -Xmx1g -Dpool="${BENCH_POOL:-32}" -cp "bench/flowable/target/classes:$(cat bench/flowable/target/cp.txt)" bench.FlowableClaim \
  "jdbc:postgresql://127.0.0.1:5432/$flow_db?user=postgres" "$flowable_tasks" "$workers" | tee "$work/flowable.txt"
flowable="$(awk -F= '/^FLOWABLE pairs_per_s/ { print $2 }' "$work/flowable.txt")"

pairs="$(awk -F'[= ]' '/^RESULT claim_submit_per_s/ { print $3 }' "$work/load.txt")"
grep '^RESULT' "$work/load.txt"
echo "RESULT pgbench_tps=$tps tps"
echo "RESULT flowable_pairs_per_s=$flowable pairs/s"
awk -v p="$pairs" -v t="$tps" 'BEGIN { printf "RESULT ratio_vs_pgbench=%.3f (ceiling 0.5: a pair needs two commits)\n", p / t }'
awk -v p="$pairs" -v f="$flowable" 'BEGIN { printf "RESULT ratio_vs_flowable=%.1f x\n", p / f }'
