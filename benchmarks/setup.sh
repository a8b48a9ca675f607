#!/usr/bin/env bash
# Installs what the benchmark needs when it is missing: hyperfine, gnuplot, GNU time and valgrind from
# Debian (apt-get update once, only if something is missing), Python with venv support, and
# matplotlib from PyPI into benchmarks/.venv.
set -euo pipefail
cd "$(dirname "$0")"

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

missing=()
command -v hyperfine >/dev/null 2>&1 || missing+=(hyperfine)
command -v gnuplot >/dev/null 2>&1 || missing+=(gnuplot-nox)
[ -x /usr/bin/time ] || missing+=(time)
command -v valgrind >/dev/null 2>&1 || missing+=(valgrind)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
command -v cc >/dev/null 2>&1 || command -v clang >/dev/null 2>&1 || missing+=(gcc libc6-dev)
if command -v python3 >/dev/null 2>&1 && [ ! -x .venv/bin/python ] \
    && ! python3 -c "import ensurepip, venv" >/dev/null 2>&1; then
    missing+=(python3-venv)
fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "bench: installing ${missing[*]}"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
    echo "bench: creating benchmarks/.venv"
    python3 -m venv .venv
fi
if ! .venv/bin/python -c "import matplotlib" >/dev/null 2>&1; then
    echo "bench: installing matplotlib into benchmarks/.venv"
    .venv/bin/pip install --quiet --disable-pip-version-check matplotlib
fi
echo "bench: hyperfine, gnuplot, time, valgrind and matplotlib present"
