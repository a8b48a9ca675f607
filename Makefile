# tradechart — set-up, build, run, test.
# Every target installs the Debian packages it needs when they are missing, so a fresh
# Debian 12 machine only needs `make run` or `make test`.

SWIFT      ?= swift
APT_PKGS   := libcairo2-dev libpango1.0-dev pkg-config fontconfig fonts-noto-core
BIN        := .build/release/tradechart
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup setup-test build release run test bench bench-quick bench-counts clean embed phrases charts gallery example-packs man completions install uninstall help-texts scenes faults faults-quick

# Where `make install` puts things (DESTDIR for staged installs, as usual).
PREFIX     ?= /usr/local
DESTDIR    ?=
SHARE_OUT  := .build/share

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

## release: optimised build of the tradechart binary, the Swift standard library and Foundation
## linked in statically (no Swift toolchain needed where it runs; start-up without the dynamic
## loader's symbol lookups across the Swift libraries; see BENCHMARKS.md)
release: setup
	$(SWIFT) build -c release --product tradechart --static-swift-stdlib

## run: the main job: the briefing pack of the shipped Vietnam–Laos dataset in ./briefing
run: release
	$(BIN) report

## setup-test: what the tests need besides the build: headless Chromium for the HTML report check
## and, with rsvg-convert (librsvg2-bin), for comparing text-mode SVGs with the outline ones;
## LibreOffice, poppler-utils and pandoc to open the Word/PowerPoint files and report.md as a user would;
## python-docx and python-pptx in a virtual environment (.venv-ooxml) to read them back
TEST_APT_PKGS := chromium librsvg2-bin libreoffice-writer libreoffice-impress poppler-utils pandoc
OOXML_VENV    := .venv-ooxml
setup-test:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v rsvg-convert >/dev/null 2>&1 || missing="$$missing librsvg2-bin"; \
	command -v soffice >/dev/null 2>&1 || missing="$$missing libreoffice-writer libreoffice-impress"; \
	command -v pdftotext >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	command -v pandoc >/dev/null 2>&1 || missing="$$missing pandoc"; \
	if [ -z "$$missing" ]; then \
		echo "test tools: present ($(TEST_APT_PKGS))"; \
	else \
		echo "test tools: installing$$missing"; \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi
	@if $(OOXML_VENV)/bin/python -c "import docx, pptx" 2>/dev/null; then \
		echo "python-docx, python-pptx: present in $(OOXML_VENV)"; \
	else \
		echo "python-docx, python-pptx: installing into $(OOXML_VENV)"; \
		(python3 -m venv $(OOXML_VENV) 2>/dev/null || { $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-venv >/dev/null && python3 -m venv $(OOXML_VENV); }) && \
		$(OOXML_VENV)/bin/pip install -q python-docx python-pptx; \
	fi

## test: the whole test suite (builds the binary first: end-to-end tests run it)
test: setup setup-test
	$(SWIFT) build
	$(SWIFT) test

## charts: regenerate the standard chart specs in charts/briefing from the shipped dataset
charts: release
	@tmp=$$(mktemp -d) && $(BIN) report --out $$tmp --formats svg --specs-out charts/briefing --force >/dev/null && rm -rf $$tmp
	@echo "charts/briefing: $$(ls charts/briefing/*.yaml | wc -l) specs"

## gallery: render the standard charts for the README into charts/gallery (English and Vietnamese)
gallery: release
	@tmp=$$(mktemp -d) && mkdir -p charts/gallery && \
		$(BIN) report --out $$tmp/en --formats png >/dev/null && \
		$(BIN) report --out $$tmp/vi --formats png --lang vi >/dev/null && \
		for f in $$tmp/en/*.png; do cp $$f charts/gallery/; done && \
		for f in $$tmp/vi/*.png; do cp $$f charts/gallery/$$(basename $$f .png)-vi.png; done && \
		rm -rf $$tmp
	@echo "charts/gallery: $$(ls charts/gallery/*.png | wc -l) images"

## faults: the fault campaign on tmpfs (root): ≥100 SIGKILLs, disk full at many write positions,
## concurrent runs, read-only and permission cases (ROBUSTNESS.md, "Faults"); faults-quick for CI
faults: build
	scripts/faults.sh full .build/debug/tradechart

faults-quick: build
	scripts/faults.sh quick .build/debug/tradechart

## help-texts: regenerate the stored help of every command (Tests/Fixtures/help/), then review the diff
help-texts:
	rm -f Tests/Fixtures/help/*.txt
	TRADECHART_WRITE_HELP=1 $(SWIFT) test --filter HelpTextTests
	@git diff --stat -- Tests/Fixtures/help

## scenes: regenerate the stored scene dumps of the standard charts (Tests/Fixtures/scenes/: the shipped
## dataset in English, font-free layout), then review the diff
scenes:
	rm -f Tests/Fixtures/scenes/*.json
	TRADECHART_WRITE_SCENES=1 $(SWIFT) test --filter SceneDumpTests
	@git diff --stat -- Tests/Fixtures/scenes

## embed: compile datasets/ into the binary (Sources/TradeData/EmbeddedDatasets.swift)
embed:
	scripts/embed-datasets.sh

## phrases: convert any t("English", "Vietnamese") call left in Sources/TradeCharts into t("English") with its
## translation in Sources/TradeCharts/Phrases/vi.phrases, then compile Phrases/*.phrases into the binary
## (Sources/TradeCharts/EmbeddedPhrases.swift); run after editing a catalogue or merging two-language calls
phrases:
	python3 scripts/phrases.py

## example-packs: the briefing packs of the shipped datasets other than vietnam-laos (whose charts are the
## gallery), en and vi, into examples/<name>-<lang>/ (committed: report.md, figures.csv, embed.md, alt-text.txt
## and the charts as PNG at scale 1; report.html, which embeds the images, is git-ignored);
## EXAMPLE_BIN=.build/debug/tradechart uses a debug binary instead of the release build
EXAMPLE_BIN ?=
example-packs: $(if $(EXAMPLE_BIN),,release)
	@bin=$(if $(EXAMPLE_BIN),$(EXAMPLE_BIN),$(BIN)); \
	for name in $$($$bin data list --format csv | tail -n +2 | cut -d, -f1 | grep -v '^vietnam-laos$$'); do \
		for lang in en vi; do \
			$$bin report --dataset $$name --lang $$lang --formats png --scale 1 --out examples/$$name-$$lang >/dev/null || exit 1; \
		done; \
	done
	@echo "examples: $$(ls -d examples/*-en/ examples/*-vi/ | wc -l) packs"

## bench: release build, then tradechart against matplotlib, gnuplot and a bare-Cairo floor; writes BENCHMARKS.md
bench: release
	benchmarks/setup.sh
	benchmarks/.venv/bin/python benchmarks/run.py $(BENCH_ARGS)

## bench-quick: the same harness with fewer runs and a smaller batch (a smoke test of `make bench`;
## its numbers are rougher, and it rewrites BENCHMARKS.md like `make bench`)
bench-quick: release
	benchmarks/setup.sh
	benchmarks/.venv/bin/python benchmarks/run.py --quick --batch-size 100 $(BENCH_ARGS)

## bench-counts: instruction counts (callgrind) of the benchmark's cases on the release build,
## the same on a busy machine: compare one change at a time (CASES="svg pack" for a few)
bench-counts: release
	benchmarks/setup.sh
	benchmarks/counts.sh $(BIN) $(CASES)

clean:
	rm -rf .build

## man: the manual page, made by scripts/manpage.py from the binary's own help
## (`--experimental-dump-help`), into .build/share/man; the argument parser's generate-manual tool
## drops non-ASCII text such as "20 tỷ USD vào năm 2030"
man: release
	@mkdir -p $(SHARE_OUT)/man
	python3 scripts/manpage.py $(BIN) $$(git log -1 --format=%cs 2>/dev/null || date -u +%F) $(SHARE_OUT)/man/tradechart.1
	@echo "man page: $(SHARE_OUT)/man/tradechart.1"

## completions: bash, zsh and fish completion scripts from the binary, into .build/share/completions
completions: release
	@mkdir -p $(SHARE_OUT)/completions
	$(BIN) --generate-completion-script bash > $(SHARE_OUT)/completions/tradechart.bash
	$(BIN) --generate-completion-script zsh > $(SHARE_OUT)/completions/_tradechart
	$(BIN) --generate-completion-script fish > $(SHARE_OUT)/completions/tradechart.fish

INSTALLED := $(DESTDIR)$(PREFIX)/bin/tradechart \
	$(DESTDIR)$(PREFIX)/share/man/man1/tradechart.1 \
	$(DESTDIR)$(PREFIX)/share/bash-completion/completions/tradechart \
	$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_tradechart \
	$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/tradechart.fish

## install: the release binary (stripped), its man page and bash/zsh/fish completions under PREFIX
install: release man completions
	install -D -m 755 -s $(BIN) $(DESTDIR)$(PREFIX)/bin/tradechart
	install -D -m 644 $(SHARE_OUT)/man/tradechart.1 $(DESTDIR)$(PREFIX)/share/man/man1/tradechart.1
	install -D -m 644 $(SHARE_OUT)/completions/tradechart.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/tradechart
	install -D -m 644 $(SHARE_OUT)/completions/_tradechart $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_tradechart
	install -D -m 644 $(SHARE_OUT)/completions/tradechart.fish $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/tradechart.fish
	@echo "installed: $(INSTALLED)"

## uninstall: removes what `make install` put under PREFIX
uninstall:
	rm -f $(INSTALLED)

## Fuzzing (see ROBUSTNESS.md). The harness is the separate package fuzz/, built in release with
## AddressSanitizer and libFuzzer's coverage instrumentation, linked with libFuzzer's driver.
FUZZ_SECONDS ?= 60
FUZZ_SMOKE_SECONDS ?= 5
FUZZ_TARGETS := $(shell grep -o '^ *."Fuzz[A-Za-z]*",' fuzz/Package.swift | grep -o 'Fuzz[A-Za-z]*')
FUZZ_RT      := $(shell dirname $$(dirname $$(readlink -f $$(command -v $(SWIFT)))))/lib/swift/clang/lib/linux
FUZZ_FLAGS   := -c release --package-path fuzz --scratch-path fuzz/.build \
	-Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
	-Xlinker $(FUZZ_RT)/libclang_rt.fuzzer_no_main-x86_64.a -Xlinker -lstdc++

.PHONY: fuzz-build fuzz fuzz-smoke

## fuzz-build: the fuzz targets (release, sanitizers)
fuzz-build: setup
	$(SWIFT) build $(FUZZ_FLAGS)

## fuzz: each target for FUZZ_SECONDS (default 60), one after the other
fuzz: fuzz-build
	scripts/fuzz.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

## fuzz-smoke: each target for FUZZ_SMOKE_SECONDS (default 5), for CI
fuzz-smoke: fuzz-build
	scripts/fuzz.sh $(FUZZ_SMOKE_SECONDS) $(FUZZ_TARGETS)
