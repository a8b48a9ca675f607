#!/usr/bin/env bash
# Runs each fuzz target in turn for a bounded time and prints executions and crashes per target.
# Usage: scripts/fuzz.sh SECONDS TARGET...   (make fuzz / make fuzz-smoke call it)
# FUZZ_RUNS=N stops each target after N executions (SECONDS still bounds the time).
# Seeds: fuzz/corpus/<target>/ (committed, small). New inputs go to fuzz/.corpus/<target>/
# (not committed); crashing inputs to fuzz/artifacts/. Exits 1 when any target crashed.
# Leak detection is off (ASAN_OPTIONS and -detect_leaks): LeakSanitizer reports Swift's lazily initialised globals (e.g. ChartKit's
# spec schema) as leaks at exit, which would fail every run; memory growth is bounded by -rss_limit_mb.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds="$1"; shift
status=0
mkdir -p fuzz/artifacts
printf '%-18s %12s %8s %8s  %s\n' target executions exec/s seconds result
for target in "$@"; do
    bin="fuzz/.build/release/$target"
    [ -x "$bin" ] || { echo "$bin missing: run make fuzz-build"; exit 2; }
    mkdir -p "fuzz/.corpus/$target"
    runs=()
    [ -n "${FUZZ_RUNS:-}" ] && runs=(-runs="$FUZZ_RUNS")
    dict=()
    [ -f "fuzz/dict/$target.dict" ] && dict=(-dict="fuzz/dict/$target.dict")
    log="fuzz/artifacts/$target.log"
    rm -f "fuzz/artifacts/$target-"*
    ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" SWIFT_BACKTRACE=enable=no "$bin" "fuzz/.corpus/$target" "fuzz/corpus/$target" "${dict[@]}" "${runs[@]}" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -detect_leaks=0 \
        -print_final_stats=1 -artifact_prefix="fuzz/artifacts/$target-" >"$log" 2>&1
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    result=ok
    if [ "$rc" -ne 0 ]; then
        status=1
        if ls "fuzz/artifacts/$target-"* >/dev/null 2>&1; then
            result="CRASH (see $log and fuzz/artifacts/$target-*)"
        else
            result="FAILED with status $rc (see $log)"
        fi
    fi
    took=$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\2/p' "$log" | tail -1)
    printf '%-18s %12s %8s %8s  %s\n' "$target" "${execs:-?}" "${rate:-?}" "${took:-$seconds}" "$result"
done
exit $status
