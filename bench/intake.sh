#!/usr/bin/env bash
# The intake benchmark of issue 4 in one command: builds the app and the load generator in Release, starts the app on
# a fresh database (demo accounts on, so the office can sign in), runs the suite (raw commit rate, office and citizen
# intake as fast as 64 workers go, each again at 1,000/s), stops the app and prints the Markdown for bench/RESULTS.md.
#
#   bench/intake.sh                                  SQLite: a fresh file in a temporary folder
#   bench/intake.sh postgres 'Host=...;Username=...' PostgreSQL: a fresh database on that server (the user needs CREATEDB)
#   bench/intake.sh sqlite --workers 128 --seconds 30   further options go to the suite (see its usage)
#
# Environment: BENCH_PORT (default 5088), TMPDIR (where the SQLite file goes: put it on the disk you mean to measure).
# Settings of the app pass through the environment, e.g. Zhili__Audit__SealIntervalSeconds=0 bench/intake.sh runs it
# without the audit sealer, to show the sealer's share.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/app.sh

provider=${1:-sqlite}
[ $# -gt 0 ] && shift
admin=""
if [ "$provider" = postgres ]; then
  admin=${1:?postgres needs a connection string}
  shift
fi

port=${BENCH_PORT:-5088}
url="http://127.0.0.1:$port"
work=$(mktemp -d "${TMPDIR:-/tmp}/zhili-bench.XXXXXX")
app_pid=""
database=""
bench() { dotnet bench/Zhili.Load/bin/Release/net10.0/Zhili.Load.dll "$@"; }
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  if [ -n "$database" ]; then bench pg-drop --postgres "$database" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

dotnet build src/Zhili.Web -c Release -v q -nologo >"$work/build.log" || { cat "$work/build.log"; exit 1; }
dotnet build bench/Zhili.Load -c Release -v q -nologo >>"$work/build.log" || { cat "$work/build.log"; exit 1; }

if [ "$provider" = postgres ]; then
  database=$(bench pg-create --postgres "$admin")
  export Zhili__Database__Provider=Postgres Zhili__Database__ConnectionString="$database"
  probe=(--postgres "$database")
else
  export Zhili__Database__Provider=Sqlite Zhili__Database__ConnectionString="Data Source=$work/zhili.db"
  probe=(--sqlite "$work/probe.db")
fi

# The citizen run comes from one address: lift the per-address limit on public surfaces for the benchmark only.
export Zhili__RateLimits__PublicPerMinute=1000000000 ASPNETCORE_URLS="$url"
# The audit key (made on first start in demo mode) and the sealer's checkpoints belong to this run's database only.
export Zhili__Audit__KeyFile="$work/audit-keys.json" Zhili__Audit__CheckpointFile="$work/audit-checkpoints.log"
(cd src/Zhili.Web/bin/Release/net10.0 && exec dotnet Zhili.Web.dll --demo) >"$work/app.log" 2>&1 &
app_pid=$!
wait_for_app "$url/healthz" "$app_pid" "$work/app.log"

echo "Command: bench/intake.sh $provider${admin:+ '<connection string>'} $*"
bench suite --url "$url" --app-pid "$app_pid" "${probe[@]}" "$@"
