#!/usr/bin/env bash
# Catch-up benchmark (ARCHITECTURE rule 10): the app started on the lookup benchmark's register (a fresh SQLite file,
# 1,000,000 employers on record, 50,000 listed, every unlisted case overdue for its listing decision) with one missed
# day of the blacklist term review (blacklist.terms), the days before it recorded as done. Prints the seconds until the
# node answers /healthz, the seconds until the catch-up ends (/healthz no longer says 正在补跑), and the app's peak
# resident memory during the catch-up (the largest VmRSS sampled, and VmHWM: the process's peak since it started).
#
#   bench/catchup.sh                       the full register: takes long and much of the machine; run it on a quiet one
#   bench/catchup.sh 20000                 a smaller register (every 20th employer listed), e.g. to check the script
#   bench/catchup.sh 1000000 7200          at most 7,200 s for the catch-up (default 3,600) before it gives up
#
# Environment: BENCH_PORT (default 5081), TMPDIR (where the SQLite file goes: put it on the disk you mean to measure).
# Settings of the app pass through the environment, e.g. Zhili__WageArrears__ReviewBatchSize=2000 bench/catchup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
employers=${1:-1000000}; limit=${2:-3600}; port=${BENCH_PORT:-5081}
url="http://127.0.0.1:$port"
work=$(mktemp -d "${TMPDIR:-/tmp}/zhili-bench.XXXXXX")
app_pid=""
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

dotnet build src/Zhili.Web -c Release -v q -nologo >"$work/build.log" || { cat "$work/build.log"; exit 1; }
dotnet build bench/Zhili.Load -c Release -v q -nologo >>"$work/build.log" || { cat "$work/build.log"; exit 1; }
web=src/Zhili.Web/bin/Release/net10.0/Zhili.Web.dll
load() { dotnet bench/Zhili.Load/bin/Release/net10.0/Zhili.Load.dll "$@"; }
db="Data Source=$work/bench.db"
# Outside demo mode the app starts only with an audit key (rule 11) and a data-protection key file (docs/security.md):
# this run's keys and checkpoints live in its own folder.
export Zhili__Audit__Keys__bench="$(head -c 32 /dev/urandom | base64)" Zhili__Audit__CurrentKey=bench
export Zhili__Audit__CheckpointFile="$work/audit-checkpoints.log" Zhili__DataProtection__KeyFile="$work/dp.key"
(umask 077 && head -c 32 /dev/urandom | base64 >"$work/dp.key")
dotnet $web migrate --Zhili:Database:ConnectionString "$db" >/dev/null 2>&1
load seed "$work/bench.db" "$employers" 1 "$work/keys.txt"
load missed-day "$work/bench.db" blacklist.terms 08:30 7

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
started=$(date +%s.%N)
dotnet $web --urls "$url" --environment Production --contentRoot "$PWD/src/Zhili.Web" \
  --Zhili:Database:ConnectionString "$db" --Zhili:Jobs:Enabled true >"$work/server.log" 2>&1 &
app_pid=$!
since() { echo "$(date +%s.%N) - $started" | bc; }
rss() { awk -v k="$1:" '$1 == k { print $2 }' "/proc/$app_pid/status" 2>/dev/null || echo 0; }

# Until the node answers: start-up (migrations, start-up tasks) only; the catch-up must not hold it.
until curl -fs -o "$work/health.json" --max-time 5 "$url/healthz"; do
  kill -0 "$app_pid" 2>/dev/null || { echo "the app ended:"; tail -20 "$work/server.log"; exit 1; }
  [ "$(echo "$(since) > 600" | bc)" = 1 ] && { echo "the app did not answer /healthz in 600 s"; exit 1; }
  sleep 0.2
done
listening=$(since)
grep -q '正在补跑' "$work/health.json" && caught_up="" || caught_up=$listening
peak=$(rss VmRSS); answers=0; refused=0
while [ -z "$caught_up" ]; do
  kill -0 "$app_pid" 2>/dev/null || { echo "the app ended during the catch-up:"; tail -20 "$work/server.log"; exit 1; }
  now=$(rss VmRSS); [ "${now:-0}" -gt "$peak" ] && peak=$now
  if curl -fs -o "$work/health.json" --max-time 10 "$url/healthz"; then
    answers=$((answers + 1))
    grep -q '正在补跑' "$work/health.json" || caught_up=$(since)
  else
    refused=$((refused + 1))
  fi
  [ "$(echo "$(since) > $limit" | bc)" = 1 ] && { echo "the catch-up did not end in $limit s"; break; }
  sleep 0.5
done
hwm=$(rss VmHWM)
ended=${caught_up:+$(printf '%.1f' "$caught_up")}

echo "| register | answers /healthz after s | catch-up ends after s | peak RSS during catch-up MiB | VmHWM MiB | healthz answers / misses during catch-up | load avg |"
echo "| --- | ---: | ---: | ---: | ---: | --- | --- |"
printf '| %s employers, %s listed | %.1f | %s | %d | %d | %d / %d | %s |\n' "$employers" "$((employers / 20))" "$listening" \
  "${ended:-not ended}" "$((peak / 1024))" "$((hwm / 1024))" "$answers" "$refused" \
  "$(cut -d' ' -f1-3 /proc/loadavg)"
# What the catch-up did, from the app's log (JSON lines outside Development).
grep -oE '"Message":"(Caught up|Job blacklist.terms)[^"]*"' "$work/server.log" | cut -d'"' -f4 | sed 's/^/  /' || true
