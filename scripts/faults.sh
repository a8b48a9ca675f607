#!/usr/bin/env bash
# Fault campaign for the briefing pack (ROBUSTNESS.md, "Faults"). Needs root (tmpfs mounts).
#   scripts/faults.sh quick|full [binary]
# After every fault the output folder must hold exactly one complete pack (every manifest entry
# present with its recorded FNV-1a hash) or the previous one, and the next run must succeed
# without --force.
set -uo pipefail
MODE=${1:-quick}
BIN=$(readlink -f "${2:-.build/debug/tradechart}")
KILLS=10; FULLS=6; CONCURRENT=3
if [ "$MODE" = full ]; then KILLS=120; FULLS=60; CONCURRENT=20; fi
[ "$(id -u)" = 0 ] || { echo "faults: needs root for tmpfs mounts"; exit 1; }
ROOT=$(mktemp -d /tmp/tradechart-faults.XXXXXX)
cleanup() { for m in "$ROOT"/m*; do umount "$m" 2>/dev/null; done; rm -rf "$ROOT"; }
trap cleanup EXIT
declare -A TRIALS BAD
verify() { # folder → 0 when it holds one whole pack
    python3 - "$1" <<'PY'
import os, sys
d = sys.argv[1]
def fnv(b):
    h = 0xcbf29ce484222325
    for x in b: h = ((h ^ x) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h
try:
    lines = open(os.path.join(d, ".tradechart-manifest")).read().split("\n")
except FileNotFoundError:
    # No pack yet is "the previous state" only when no pack file is there either.
    sys.exit(1 if any(not n.startswith(".") for n in os.listdir(d)) else 0)
for line in filter(None, lines):
    name, digest = line.split("\t")
    p = os.path.join(d, name)
    if not os.path.exists(p) or fnv(open(p, "rb").read()) != int(digest, 16):
        print(f"faults: {d}: {name} missing or not the manifest's", file=sys.stderr); sys.exit(1)
PY
}
record() { # fault ok?
    TRIALS[$1]=$(( ${TRIALS[$1]:-0} + 1 ))
    [ "$2" = 0 ] || BAD[$1]=$(( ${BAD[$1]:-0} + 1 ))
}
mnt() { local m="$ROOT/m$1"; mkdir -p "$m"; mount -t tmpfs -o "size=$2" tmpfs "$m"; echo "$m"; }

# 1. SIGKILL at random moments while replacing an English pack with a Vietnamese one (and back).
M=$(mnt k 64m); "$BIN" report --out "$M/p" --formats png,svg,pdf >/dev/null
for i in $(seq "$KILLS"); do
    lang=$([ $((i % 2)) = 0 ] && echo en || echo vi)
    "$BIN" report --out "$M/p" --lang "$lang" --formats png,svg,pdf >/dev/null 2>&1 &
    pid=$!; sleep "0.$(printf '%03d' $((RANDOM % 900)))"; kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
    verify "$M/p"; ok=$?
    "$BIN" report --out "$M/p" --lang "$lang" --formats png,svg,pdf >/dev/null 2>&1 || ok=1
    verify "$M/p" || ok=1
    ls -a "$M/p" | grep -q 'tradechart-staging\|tradechart-switch\|\.tmp-' && ok=1
    ls -a "$M" | grep -q 'tradechart-next' && ok=1
    record "SIGKILL at a random moment, then rerun without --force" "$ok"
done
umount "$M"

# 2. Disk full at many write positions: the previous pack on a tmpfs with a filler leaving N KiB free.
M=$(mnt f 16m); "$BIN" report --out "$M/p" --formats png,svg >/dev/null
full=$(du -sk "$M/p" | cut -f1)
for i in $(seq "$FULLS"); do
    free=$(( (i - 1) * (full + 200) / FULLS ))
    avail=$(df -k --output=avail "$M" | tail -1)
    fallocate -l "$(( (avail - free) * 1024 ))" "$M/filler" 2>/dev/null || dd if=/dev/zero of="$M/filler" bs=1k count=$((avail - free)) 2>/dev/null
    "$BIN" report --out "$M/p" --lang vi --formats png,svg >/dev/null 2>"$ROOT/err"; status=$?
    ok=0; { [ "$status" = 0 ] || [ "$status" = 74 ]; } || ok=1
    [ "$status" = 0 ] || [ "$(wc -l < "$ROOT/err")" = 1 ] || ok=1
    verify "$M/p" || ok=1
    rm -f "$M/filler"
    "$BIN" report --out "$M/p" --formats png,svg >/dev/null 2>&1 || ok=1
    verify "$M/p" || ok=1
    record "disk full with 0..$((full + 200)) KiB free, then rerun without --force" "$ok"
done
umount "$M"

# 3. Concurrent runs on one folder: each succeeds (after waiting) or exits 73 with one line.
M=$(mnt c 64m); "$BIN" report --out "$M/p" >/dev/null
for i in $(seq "$CONCURRENT"); do
    "$BIN" report --out "$M/p" --lang vi >/dev/null 2>"$ROOT/e1" & a=$!
    "$BIN" report --out "$M/p" >/dev/null 2>"$ROOT/e2" & b=$!
    wait $a; sa=$?; wait $b; sb=$?
    ok=0
    for s in $sa $sb; do { [ "$s" = 0 ] || [ "$s" = 73 ]; } || ok=1; done
    verify "$M/p" || ok=1
    record "two runs at once on one folder" "$ok"
done

# 4. Read-only file system and permission denied: exit 73, one line, previous pack intact.
mount -o remount,ro "$M"
"$BIN" report --out "$M/p" --lang vi >/dev/null 2>"$ROOT/err"; s=$?
ok=0; [ "$s" = 73 ] && [ "$(wc -l < "$ROOT/err")" = 1 ] || ok=1; verify "$M/p" || ok=1
record "read-only file system" "$ok"
mount -o remount,rw "$M"
if command -v setpriv >/dev/null; then
    chmod 755 "$M/p"; chmod o+r "$M"/p/*
    setpriv --reuid=65534 --regid=65534 --clear-groups "$BIN" report --out "$M/p" --lang vi >/dev/null 2>"$ROOT/err"; s=$?
    ok=0; [ "$s" = 73 ] && [ "$(wc -l < "$ROOT/err")" = 1 ] || ok=1; verify "$M/p" || ok=1
    record "permission denied (another user's folder)" "$ok"
fi
umount "$M"

# 5. Batches under disk full: `render --out-dir` of many specs on a tmpfs with N KiB free. Every
#    output is absent or whole (PNG ends with IEND), no temporary file is left, each failure is
#    one line naming its spec, and the exit status is non-zero when any failed.
SPECS="$ROOT/specs"; mkdir -p "$SPECS"
for i in $(seq 24); do cp "$(dirname "$0")/../charts/briefing/$(ls "$(dirname "$0")/../charts/briefing" | grep yaml | sed -n "$(( (i - 1) % 10 + 1 ))p")" "$SPECS/chart-$i.yaml"; done
M=$(mnt b 8m); "$BIN" render "$SPECS"/*.yaml --out-dir "$M/o" --format png >/dev/null 2>&1
need=$(du -sk "$M/o" | cut -f1); rm -rf "$M/o"
for i in $(seq "$FULLS"); do
    free=$(( (i - 1) * need / FULLS ))
    avail=$(df -k --output=avail "$M" | tail -1)
    fallocate -l "$(( (avail - free) * 1024 ))" "$M/filler" 2>/dev/null || dd if=/dev/zero of="$M/filler" bs=1k count=$((avail - free)) 2>/dev/null
    mkdir -p "$M/o"
    "$BIN" render "$SPECS"/*.yaml --out-dir "$M/o" --format png --jobs 2 >/dev/null 2>"$ROOT/err"; status=$?
    ok=0
    failed=$(grep -c 'error:' "$ROOT/err")
    written=$(ls "$M/o" | grep -c '\.png$')
    [ $((failed + written)) = 24 ] || ok=1
    { [ "$failed" = 0 ] && [ "$status" = 0 ]; } || { [ "$failed" -gt 0 ] && [ "$status" != 0 ]; } || ok=1
    grep 'error:' "$ROOT/err" | grep -v 'chart-[0-9]*' | grep -q . && ok=1
    [ "$failed" = 0 ] || [ "$(grep -vc 'error:' "$ROOT/err")" = 1 ] || ok=1   # plus one summary line
    ls -a "$M/o" | grep -q '\.tmp-' && ok=1
    for f in "$M"/o/*.png; do [ -e "$f" ] || continue; tail -c 8 "$f" | grep -q IEND || ok=1; done
    rm -rf "$M/filler" "$M/o"
    record "render --out-dir of 24 specs, disk full with 0..$need KiB free" "$ok"
done
umount "$M"

printf '| fault | trials | packs mixed, lost or blocked |\n|---|---|---|\n'
failed=0
for f in "${!TRIALS[@]}"; do printf '| %s | %s | %s |\n' "$f" "${TRIALS[$f]}" "${BAD[$f]:-0}"; failed=$((failed + ${BAD[$f]:-0})); done
exit $((failed > 0))
