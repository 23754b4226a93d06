#!/usr/bin/env bash
# Zengin bulk-transfer file benchmark (issue 4): seeds BENCH_ZENGIN_WORKERS (100,000) workers with
# bank accounts and one confirmed pay period paying each of them in a fresh database on the
# machine's PostgreSQL (127.0.0.1:5432), then times producing the Zengin file through the real
# TransferService (BENCH_ZENGIN_RUNS (3) measured runs after one warm-up; the median is reported)
# against a plain query + String.format loop over the same rows. Aim: zengin_s ≤ 5.
# Ends with RESULT lines. BENCH_JAVA_OPTS go to the JVM.
set -euo pipefail
cd "$(dirname "$0")/.."

workers="${BENCH_ZENGIN_WORKERS:-100000}"
runs="${BENCH_ZENGIN_RUNS:-3}"
java_opts="${BENCH_JAVA_OPTS:--Xmx1g}"
pg=(-h 127.0.0.1 -p 5432 -U postgres)
db=hataraku_bench_zengin
url="jdbc:postgresql://127.0.0.1:5432/$db"

if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "bench/zengin needs PostgreSQL on 127.0.0.1:5432" >&2
  exit 1
fi

drop_db() { psql "${pg[@]}" -q -c "DROP DATABASE IF EXISTS $db" postgres >/dev/null 2>&1 || true; }
trap drop_db EXIT

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  echo "== build"
  mvn -B -q -o -DskipTests test-compile 2>/dev/null || mvn -B -q -DskipTests test-compile
  mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-cp.txt >/dev/null 2>&1 \
    || mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-cp.txt >/dev/null
fi
cp="target/test-classes:target/classes:$(cat target/bench-cp.txt)"

echo "== zengin: $workers workers, $runs runs"
psql "${pg[@]}" -q -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" postgres >/dev/null 2>&1
java $java_opts -cp "$cp" -Dhataraku.db.username=postgres -Dhataraku.db.password= \
  jp.hataraku.bench.ZenginBench "$url" "$workers" "$runs"
