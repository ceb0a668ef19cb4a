#!/usr/bin/env bash
# Intake on one PostgreSQL database from one app node, then from two (issue 17): shows whether writers on different
# nodes wait on each other. Builds the app and the load generator in Release, creates a fresh database, starts node A
# (then node B) on it, and for each case runs the office intake as fast as the workers go while sampling what the
# database's active backends wait for and which lock requests are not granted. Prints the Markdown for bench/RESULTS.md:
# the raw commit rate, each node's rate and CPU per appeal, and the wait samples.
#
#   bench/two-nodes.sh 'Host=...;Username=...;Password=...'   (the user needs CREATEDB)
#
# Environment: BENCH_PORT (node A; node B takes the next port), WORKERS (per node, default 64), SECONDS_PER_RUN (20).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/app.sh

admin=${1:?usage: bench/two-nodes.sh '<PostgreSQL connection string>'}
port=${BENCH_PORT:-5088}
workers=${WORKERS:-64}
seconds=${SECONDS_PER_RUN:-20}
work=$(mktemp -d "${TMPDIR:-/tmp}/zhili-bench.XXXXXX")
pids=()
database=""
bench() { dotnet bench/Zhili.Load/bin/Release/net10.0/Zhili.Load.dll "$@"; }
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  if [ -n "$database" ]; then bench pg-drop --postgres "$database" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

dotnet build src/Zhili.Web -c Release -v q -nologo >"$work/build.log" || { cat "$work/build.log"; exit 1; }
dotnet build bench/Zhili.Load -c Release -v q -nologo >>"$work/build.log" || { cat "$work/build.log"; exit 1; }
database=$(bench pg-create --postgres "$admin")
export Zhili__Database__Provider=Postgres Zhili__Database__ConnectionString="$database"
# Both nodes sign the audit trail with the same key; each keeps its own checkpoint log.
export Zhili__Audit__KeyFile="$work/audit-keys.json"

# start <name> <port>: one node, demo accounts on, waited for until it answers.
start() {
  local url="http://127.0.0.1:$2"
  (cd src/Zhili.Web/bin/Release/net10.0 && ASPNETCORE_URLS="$url" Zhili__Audit__CheckpointFile="$work/checkpoints-$1.log" \
    exec dotnet Zhili.Web.dll --demo) >"$work/app-$1.log" 2>&1 &
  pids+=($!)
  wait_for_app "$url/healthz" "$!" "$work/app-$1.log"
}

# run <label> <node>... : the office intake on each node at once, with the wait sampler beside it.
run() {
  local label=$1
  shift
  echo
  echo "#### $label ($workers workers per node, $seconds s)"
  bench pg-waits --postgres "$database" --seconds "$seconds" >"$work/waits.txt" &
  local sampler=$!
  local loads=()
  for node in "$@"; do
    bench closed --url "http://127.0.0.1:$((port + node))" --workers "$workers" --seconds "$seconds" --app-pid "${pids[$node]}" \
      >"$work/run-$node.txt" &
    loads+=($!)
  done
  wait "${loads[@]}" "$sampler"
  head -2 "$work/run-0.txt"
  for node in "$@"; do tail -1 "$work/run-$node.txt" | sed "s/^| /| node $node: /"; done
  rm -f "$work"/run-*.txt
  echo
  cat "$work/waits.txt"
}

start a "$port"
start b "$((port + 1))"
echo "Command: bench/two-nodes.sh '<connection string>' (WORKERS=$workers SECONDS_PER_RUN=$seconds)"
bench commits --postgres "$database"
# Warm both nodes (tiered JIT), then one node alone, then both at once.
for node in 0 1; do bench closed --url "http://127.0.0.1:$((port + node))" --workers "$workers" --seconds 15 >/dev/null; done
run "one node" 0
run "two nodes" 0 1
bench commits --postgres "$database"
