# Sourced by the benchmark scripts: what they share about the app under test.

# wait_for_app URL PID LOG: returns once URL answers; when the app ends first or does not answer within 120 s, prints
# the end of its log and ends the script.
wait_for_app() {
  local url=$1 pid=$2 log=$3
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null --max-time 5 "$url" && return 0
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  echo "the app did not answer $url:"
  tail -30 "$log"
  exit 1
}
