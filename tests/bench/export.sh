#!/usr/bin/env bash
# Export benchmark (issue 18, target 6): a 20-replication comparison of the baseline and
# rail-moscow-8-per-week (about 27 million rows), exported whole to Parquet RUNS times (default 3)
# into a fresh folder each time. Prints each export's whole-process wall and CPU seconds, its peak
# RSS and the file's size, then the median. Not run by CI: about five minutes on two cores.
#
#   tests/bench/export.sh
#   RUNS=5 REPLICATIONS=4 tests/bench/export.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

runs="${RUNS:-3}"
replications="${REPLICATIONS:-20}"
source tests/bench/published-twin.sh

echo "running the ${replications}-replication comparison ..." >&2
"$twin" compare scenarios/baseline.json scenarios/rail-moscow-8-per-week.json --replications "$replications" \
  --data "$work/data" > "$work/compare.out" 2>&1 || { tail -5 "$work/compare.out" >&2; exit 1; }
study="$(grep -o 'study-[0-9a-f]*' "$work/compare.out" | head -1)"
[ -n "$study" ] || { echo "no study id in the comparison's output" >&2; exit 1; }

printf '\n| export | wall s | CPU s | RSS MB | Parquet MB |\n|---:|---:|---:|---:|---:|\n'
: > "$work/walls"
for i in $(seq 1 "$runs"); do
  out="$work/export-$i"
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$twin" export "$study" --format parquet --out "$out" \
    --data "$work/data" > "$work/export.out" 2>&1 || { tail -5 "$work/export.out" >&2; exit 1; }
  size="$(du -m "$out"/*.parquet | awk '{ s += $1 } END { print s }')"
  awk -v i="$i" -v size="$size" '{ printf "| %d | %s | %.2f | %d | %s |\n", i, $1, $2 + $3, $4 / 1024, size }' "$work/time"
  wall="$(cut -d' ' -f1 "$work/time")"
  echo "$wall" >> "$work/walls"
  rm -rf "$out"
done
printf '\nstudy %s, %s; median wall %s s\n' "$study" "$(grep -io '[0-9,]* rows' "$work/export.out" | head -1)" \
  "$(sort -g "$work/walls" | sed -n "$(( (runs + 1) / 2 ))p")"
