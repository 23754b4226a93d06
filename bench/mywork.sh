#!/usr/bin/env bash
# "My work" page under load (issue 3): BENCH_USERS (100) workers, each signed in with their own
# session, request /me/work concurrently through wrk (one connection per worker) for
# BENCH_SECONDS (20) s after a 5 s warm-up. Every worker holds a leased task and has handed in
# work, so the page shows real rows. Baseline from the same run: the same wrk load on a static
# file through the same security chain. On the machine's PostgreSQL (127.0.0.1:5432).
set -euo pipefail
cd "$(dirname "$0")/.."

users="${BENCH_USERS:-100}"
seconds="${BENCH_SECONDS:-20}"
java_opts="${BENCH_JAVA_OPTS:--Xmx1g}"
pg=(-h 127.0.0.1 -p 5432 -U postgres)
db=hataraku_bench_mywork
url="jdbc:postgresql://127.0.0.1:5432/$db"
work="$(mktemp -d -t hataraku-mywork-XXXXXX)"
app_pid=""

cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill -TERM "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "bench/mywork needs wrk (apt-get install -y wrk)" >&2; exit 1; }
pg_isready -q -h 127.0.0.1 -p 5432 || { echo "bench/mywork needs PostgreSQL on 127.0.0.1:5432" >&2; exit 1; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

echo "== build"
mvn -B -q -DskipTests package
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-cp.txt >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench-cp.txt)"
jar="$(ls target/hataraku-*.jar | grep -v plain | head -1)"

echo "== seed: $users workers"
psql "${pg[@]}" -q -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" postgres >/dev/null 2>&1
java -cp "$cp" -Dhataraku.db.username=postgres jp.hataraku.bench.ClaimBench seed "$url" "$users" 5000 "$work/tokens"

port="$(free_port)"
base="http://127.0.0.1:$port"
HATARAKU_DB_URL="$url" HATARAKU_DB_USER=postgres HATARAKU_DEMO=false PORT="$port" \
  java $java_opts -Dhataraku.db.pool-size="${BENCH_POOL:-32}" -Dlogging.level.root=WARN -jar "$jar" >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
  curl -fs "$base/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
  sleep 1
done

echo "== work for every worker, then $users sign-ins"
i=0
: >"$work/cookies"
while read -r worker token; do
  i=$((i + 1))
  for n in 1 2 3; do
    id="$(curl -fs -X POST -H "Authorization: Bearer $token" "$base/api/v1/tasks/claim" | sed -n 's/.*"taskId":\([0-9]*\).*/\1/p')"
    [ -n "$id" ] && curl -fs -o /dev/null -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -H "Idempotency-Key: mywork-$worker-$n-seed" \
      -d '{"values":{"name":"山田 太郎","company":"株式会社サンプル","phone":"0312345678"}}' "$base/api/v1/tasks/$id/submission"
  done
  curl -fs -o /dev/null -X POST -H "Authorization: Bearer $token" "$base/api/v1/tasks/claim"
  jar_file="$work/c$i"
  csrf="$(curl -fs -c "$jar_file" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)"
  curl -fs -o /dev/null -b "$jar_file" -c "$jar_file" --data-urlencode "username=worker$i@bench.invalid" \
    --data-urlencode "password=bench-password-2026" --data-urlencode "_csrf=$csrf" "$base/login"
  session="$(awk '$6 == "SESSION" { print $7 }' "$jar_file")"
  code="$(curl -s -o /dev/null -w '%{http_code}' -b "SESSION=$session" "$base/me/work")"
  [ "$code" = "200" ] || { echo "worker$i: /me/work answered $code after sign-in" >&2; exit 1; }
  echo "$session" >>"$work/cookies"
done <"$work/tokens"

# wrk: each connection keeps one worker's session cookie
{
  echo "local sessions = {"
  sed 's/.*/  "&",/' "$work/cookies"
  echo "}"
  cat <<'LUA'
local counter = 0
function setup(thread) end
init = function(args)
  counter = counter + 1
end
request = function()
  counter = counter + 1
  local s = sessions[(counter % #sessions) + 1]
  return wrk.format("GET", nil, { ["Cookie"] = "SESSION=" .. s, ["Accept-Language"] = "ja" })
end
LUA
} >"$work/sessions.lua"

ms() { awk '{ v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } print v }'; }
run_wrk() { # path label
  wrk -t2 -c"$users" -d5s -s "$work/sessions.lua" "$base$1" >/dev/null 2>&1 || true
  wrk -t2 -c"$users" -d"${seconds}s" --latency -s "$work/sessions.lua" "$base$1" | tee "$work/$2.txt"
}
echo "== wrk: /me/work"
run_wrk /me/work mywork
echo "== wrk baseline: a static file through the same chain"
static="$(curl -fs "$base/login" | sed -n 's/.*href="\(\/css\/[^"]*\)".*/\1/p' | head -1)"
run_wrk "${static:-/css/app.css}" static

p99="$(grep -E '^\s+99%' "$work/mywork.txt" | ms)"
p50="$(grep -E '^\s+50%' "$work/mywork.txt" | ms)"
rps="$(awk '/^Requests\/sec/ { print $2 }' "$work/mywork.txt")"
non2xx="$(awk '/Non-2xx/ { print $5 }' "$work/mywork.txt")"
sp99="$(grep -E '^\s+99%' "$work/static.txt" | ms)"
srps="$(awk '/^Requests\/sec/ { print $2 }' "$work/static.txt")"
echo "RESULT mywork_users=$users"
echo "RESULT mywork_non_2xx=${non2xx:-0}"
echo "RESULT mywork_p50_ms=$p50 ms"
echo "RESULT mywork_p99_ms=$p99 ms"
echo "RESULT mywork_requests_per_s=$rps req/s"
echo "RESULT static_p99_ms=$sp99 ms"
echo "RESULT static_requests_per_s=$srps req/s"
awk -v a="$rps" -v b="$srps" 'BEGIN { printf "RESULT ratio_vs_static=%.2f (throughput of /me/work over a static file)\n", a / b }'
