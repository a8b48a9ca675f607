# tradechart — set-up, build, run, test.
# Every target installs the Debian packages it needs when they are missing, so a fresh
# Debian 12 machine only needs `make run` or `make test`.

SWIFT      ?= swift
APT_PKGS   := libcairo2-dev libpango1.0-dev pkg-config fontconfig fonts-noto-core
BIN        := .build/release/tradechart
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup build release run test bench clean embed

## setup: install the system libraries and fonts (apt-get update once, only when something is missing)
setup:
	@if pkg-config --exists cairo pangocairo 2>/dev/null && fc-list 2>/dev/null | grep -q "Noto Sans Lao"; then \
		echo "system packages: present"; \
	else \
		echo "system packages: installing $(APT_PKGS)"; \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(APT_PKGS) >/dev/null; \
	fi

## build: debug build
build: setup
	$(SWIFT) build

## release: optimised build of the tradechart binary
release: setup
	$(SWIFT) build -c release --product tradechart

## run: the main job on the shipped Vietnam–Laos dataset
run: release
	$(BIN) data show

## test: the whole test suite (builds the binary first: end-to-end tests run it)
test: setup
	$(SWIFT) build
	$(SWIFT) test

## embed: compile datasets/ into the binary (Sources/TradeData/EmbeddedDatasets.swift)
embed:
	scripts/embed-datasets.sh

## bench: release build, then tradechart against matplotlib, gnuplot and a bare-Cairo floor; writes BENCHMARKS.md
bench: release
	benchmarks/setup.sh
	benchmarks/.venv/bin/python benchmarks/run.py $(BENCH_ARGS)

clean:
	rm -rf .build
