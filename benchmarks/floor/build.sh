#!/bin/sh
# Builds the benchmark floor (a bare C program drawing the simple line chart with Cairo + Pango).
# Usage: benchmarks/floor/build.sh && benchmarks/floor/floor /tmp/floor 100
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cc -O2 -Wall -Wextra -o "$here/floor" "$here/floor.c" $(pkg-config --cflags --libs pangocairo)
echo "built $here/floor"
