#!/usr/bin/env bash
# Peak memory of one large batch: `render --out-dir` of N copies of the standard chart specs.
#   scripts/batch-memory.sh [N] [binary] [format]   (defaults: 10000, the release build, png)
# Prints one table row: specs, format, seconds, peak RSS (MiB), files written.
set -euo pipefail
command -v /usr/bin/time >/dev/null || { echo "batch-memory: needs GNU time (apt-get install time)"; exit 1; }
N=${1:-10000}
BIN=$(readlink -f "${2:-.build/release/tradechart}")
FORMAT=${3:-png}
HERE=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/tradechart-batch.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/specs" "$WORK/out"
mapfile -t SOURCES < <(ls "$HERE"/charts/briefing/*.yaml)
for i in $(seq "$N"); do
    cp "${SOURCES[$(( (i - 1) % ${#SOURCES[@]} ))]}" "$WORK/specs/chart-$i.yaml"
done
start=$(date +%s.%N)
# Passed as one glob: the shell's argument limit is well above 10,000 short paths.
/usr/bin/time -f '%M' -o "$WORK/rss" "$BIN" render "$WORK"/specs/*.yaml --out-dir "$WORK/out" --format "$FORMAT" >/dev/null
end=$(date +%s.%N)
written=$(ls "$WORK/out" | wc -l)
printf '| %d | %s | %.1f | %d | %d |\n' "$N" "$FORMAT" "$(awk "BEGIN{print $end - $start}")" "$(( $(cat "$WORK/rss") / 1024 ))" "$written"
