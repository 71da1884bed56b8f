#!/usr/bin/env bash
# Growth curves of the twin (issue 18, target 5): how whole-process wall time, CPU time and peak
# memory of `twin run` grow with the days simulated, the replications and the light-entity count.
# Each point is RUNS runs (default 3) from a fresh data folder; the table gives the median wall and
# CPU seconds and the largest peak RSS. Not run by CI: it takes 15–30 minutes on two cores.
#
#   tests/bench/growth.sh                      every axis
#   tests/bench/growth.sh days replications    some axes (days, replications, entities)
#   RUNS=5 ENTITIES="1000 10000 100000" tests/bench/growth.sh entities
#
# It publishes `twin` (Release, ReadyToRun) once into a temporary folder. The light-entity
# scenarios are the baseline's sectors plus `"synthetic": {"entities": N, "messagesPerTick": 3}`,
# run for 30 days (a million entities is run once, whatever RUNS says). Needs jq.
set -euo pipefail
cd "$(dirname "$0")/../.."

runs="${RUNS:-3}"
days_axis="${DAYS:-90 180 365 730}"
replications_axis="${REPLICATIONS:-1 2 4 8 16}"
entities_axis="${ENTITIES:-1000 10000 100000 1000000}"
axes=("$@")
[ ${#axes[@]} -gt 0 ] || axes=(days replications entities)

source tests/bench/published-twin.sh

# One point: RUNS runs of `twin run ARGS`, each from a fresh data folder; prints "wall cpu rss".
measure() {
  local n="$1"; shift
  local samples="$work/samples"
  : > "$samples"
  for _ in $(seq 1 "$n"); do
    local data; data="$(mktemp -d -p "$work")"
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$twin" run "$@" -q --data "$data" > "$work/out" 2>&1 \
      || { echo "twin run $* failed:" >&2; tail -5 "$work/out" >&2; exit 1; }
    awk '{ printf "%.2f %.2f %d\n", $1, $2 + $3, $4 / 1024 }' "$work/time" >> "$samples"
    rm -rf "$data"
  done
  # Median wall and CPU, largest RSS.
  local mid=$(( (n + 1) / 2 ))
  printf '%s %s %s\n' \
    "$(cut -d' ' -f1 "$samples" | sort -g | sed -n "${mid}p")" \
    "$(cut -d' ' -f2 "$samples" | sort -g | sed -n "${mid}p")" \
    "$(cut -d' ' -f3 "$samples" | sort -g | tail -1)"
}

row() { # label, then measure's "wall cpu rss"
  read -r wall cpu rss <<< "$2"
  printf '| %s | %s | %s | %s |\n' "$1" "$wall" "$cpu" "$rss"
  echo "  $1: ${wall} s wall, ${cpu} s CPU, ${rss} MB" >&2
}

header() {
  printf '\n%s (%s runs a point; median wall and CPU, largest peak RSS)\n\n' "$1" "$runs"
  printf '| %s | wall s | CPU s | RSS MB |\n|---:|---:|---:|---:|\n' "$2"
}

for axis in "${axes[@]}"; do
  case "$axis" in
    days)
      header "Days: the baseline, one replication" "days"
      for d in $days_axis; do row "$d" "$(measure "$runs" scenarios/baseline.json --days "$d")"; done ;;
    replications)
      header "Replications: the baseline, 365 days" "replications"
      for r in $replications_axis; do row "$r" "$(measure "$runs" scenarios/baseline.json --replications "$r")"; done ;;
    entities)
      header "Light entities: 30 days, 3 messages an entity a day" "entities"
      for n in $entities_axis; do
        jq --argjson n "$n" '{name: "light-\($n)", sectors: .sectors, synthetic: {entities: $n, messagesPerTick: 3}}' \
          scenarios/baseline.json > "$work/light-$n.json"
        k="$runs"; [ "$n" -lt 1000000 ] || k=1
        row "$n" "$(measure "$k" "$work/light-$n.json" --days 30)"
      done ;;
    *) echo "unknown axis '$axis': expected days, replications or entities" >&2; exit 2 ;;
  esac
done
