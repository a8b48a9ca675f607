#!/usr/bin/env bash
# Instruction counts of tradechart's benchmark cases under callgrind: the same on a busy machine,
# unlike wall-clock times, so one lever at a time can be compared while others build.
#
#   benchmarks/counts.sh [BIN] [CASE...]      (`make bench-counts`; BIN defaults to the release build)
#
# Cases: version png svg pdf pack long (1,000,000 points to PNG) batch (20 specs, --jobs 1).
# valgrind cannot read the Swift debug information, so a `strip -g` copy of BIN is measured.
# Prints one line per case: name and instructions (millions).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/tradechart}
shift || true
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(version png svg pdf pack long batch)
command -v valgrind >/dev/null || { echo "counts: valgrind is missing (benchmarks/setup.sh installs it)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
strip -g -o "$work/tradechart" "$bin"
tc="$work/tradechart"
spec=benchmarks/specs/simple-line.yaml
data=benchmarks/build/data
if [[ " ${cases[*]} " == *" long "* || " ${cases[*]} " == *" batch "* ]]; then
    python3 - <<'PY'
import sys
from pathlib import Path
sys.path.insert(0, "benchmarks")
from harness import inputs
inputs.long_line_csv(Path("benchmarks/build"), 1_000_000)
inputs.batch_specs(Path("benchmarks/build/counts"), Path("benchmarks/specs/simple-line.yaml"), 20)
PY
fi

count() {
    local name=$1; shift
    local out="$work/$name.cg"
    valgrind --tool=callgrind --callgrind-out-file="$out" "$@" >/dev/null 2>"$work/$name.log" || {
        echo "counts: $name failed:" >&2; tail -5 "$work/$name.log" >&2; exit 1; }
    local ir
    ir=$(grep -m1 '^summary:' "$out" | awk '{print $2}')
    awk -v n="$name" -v ir="$ir" 'BEGIN { printf "%-8s %10.1f M\n", n, ir / 1e6 }'
}

for c in "${cases[@]}"; do
    case $c in
        version) count version "$tc" --version ;;
        png|svg|pdf) count "$c" "$tc" render "$spec" -o "$work/out.$c" ;;
        pack) count pack "$tc" report --out "$work/pack" --formats png,svg,pdf ;;
        long) count long "$tc" plot line "$data/line-1000000.csv" --x x --y y -o "$work/long.png" --title "Chuỗi dài (x, y)" ;;
        batch) count batch "$tc" render benchmarks/build/counts/batch-specs/*.yaml --out-dir "$work/batch" --format png --jobs 1 ;;
        *) echo "counts: unknown case '$c'" >&2; exit 2 ;;
    esac
done
