#!/usr/bin/env bash
# B-CREDIT lookup benchmark: Release build, a fresh SQLite file seeded by bulk insert (1,000,000 employers on record,
# 50,000 listed), the app serving it (scheduled jobs off: a fresh database would first catch up every missed period),
# then the load generator; prints the rows for bench/RESULTS.md.
# Usage: bench/Zhili.Load/lookup-bench.sh [seconds=15] [employers=1000000]
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/app.sh
seconds=${1:-15}; employers=${2:-1000000}; port=5080
work=$(mktemp -d -t zhili-bench.XXXXXX)
dotnet build src/Zhili.Web -c Release -v q -nologo >/dev/null
dotnet build bench/Zhili.Load -c Release -v q -nologo >/dev/null
web=src/Zhili.Web/bin/Release/net10.0/Zhili.Web.dll
load="dotnet bench/Zhili.Load/bin/Release/net10.0/Zhili.Load.dll"
db="Data Source=$work/bench.db"
# Outside demo mode the app starts only with an audit key (rule 11) and a data-protection key file (docs/security.md):
# this run's keys and checkpoints live in its own folder.
export Zhili__Audit__Keys__bench="$(head -c 32 /dev/urandom | base64)" Zhili__Audit__CurrentKey=bench
export Zhili__Audit__CheckpointFile="$work/audit-checkpoints.log" Zhili__DataProtection__KeyFile="$work/dp.key"
(umask 077 && head -c 32 /dev/urandom | base64 >"$work/dp.key")
dotnet $web migrate --Zhili:Database:ConnectionString "$db" >/dev/null 2>&1
$load seed "$work/bench.db" "$employers" 8 "$work/keys.txt"
dotnet $web --urls "http://127.0.0.1:$port" --environment Production --contentRoot "$PWD/src/Zhili.Web" \
  --Zhili:Database:ConnectionString "$db" --Zhili:Jobs:Enabled false >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
wait_for_app "http://127.0.0.1:$port/css/site.css" "$server" "$work/server.log"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| what | connections | requests | rate | p50 ms | p99 ms | p99.9 ms | max ms | statuses | server cores | generator cores | load avg |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |"
for c in 16 64; do
  $load run "http://127.0.0.1:$port" static $c "$seconds" 5 "$work/keys.txt" "$employers" $server
  $load run "http://127.0.0.1:$port" single $c "$seconds" 5 "$work/keys.txt" "$employers" $server
done
$load run "http://127.0.0.1:$port" batch 1 "$seconds" 5 "$work/keys.txt" "$employers" $server
$load run "http://127.0.0.1:$port" batch 4 "$seconds" 5 "$work/keys.txt" "$employers" $server
$load sql "$work/bench.db" "$employers" 1 5
$load sql "$work/bench.db" "$employers" 2 5
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
