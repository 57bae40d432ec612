# `make bench`: release builds, inputs generated at run time, one table printed and
# written to bench/results.md (see bench/bench.py). Not part of `make test`.
# Builds in its own scratch folder so it never disturbs .build.
BENCH_SCRATCH ?= .build-bench
BENCH_FOLIO    = $$($(SWIFT) build -c release $(STATIC) --scratch-path "$(BENCH_SCRATCH)" --show-bin-path)/folio
BENCH_TOOL     = bench/out/bin/folio-bench
BENCH_ARGS    ?=

# HTML extraction on Mozilla Readability's test pages (bench/extract.py): Folio beside
# trafilatura and readability-lxml. READABILITY_REPO is a mozilla/readability git dir (bare
# is fine): the search tool's `fetch github:mozilla/readability` provides one. Its pages are
# archived into bench/out at run time, never committed. trafilatura and readability-lxml go
# in bench/out/venv (PyPI). With READABILITY_REPO set, `make bench` runs this too and
# appends its summary to bench/results.md; without it, those rows are skipped.
READABILITY_REPO ?=
EXTRACT_ARGS     ?=
EXTRACT_SUMMARY   = bench/out/extract-summary.md
EXTRACT_RUN       = python3 -B bench/extract.py --folio "$(BENCH_FOLIO)" --readability-repo "$(READABILITY_REPO)" \
                      --folio-inprocess-cmd "$(BENCH_TOOL) extract 5" $(EXTRACT_ARGS)

.PHONY: bench bench-deps bench-build bench-tools bench-extract bench-extract-check bench-library

## bench: release build, then parse / first paint / key latency / store / RSS vs wc, less, w3m (~5 min); with READABILITY_REPO=gitdir also HTML extraction.
bench: $(if $(strip $(READABILITY_REPO)),bench-extract-check) bench-build
ifneq ($(strip $(READABILITY_REPO)),)
	rm -f "$(EXTRACT_SUMMARY)"
	$(EXTRACT_RUN) --summary "$(EXTRACT_SUMMARY)" > /dev/null
	python3 -B bench/bench.py --folio "$(BENCH_FOLIO)" --tool $(BENCH_TOOL) --append "$(EXTRACT_SUMMARY)" $(BENCH_ARGS)
else
	@echo "bench: HTML extraction rows skipped; to include them run make bench READABILITY_REPO=<a mozilla/readability git dir>"
	python3 -B bench/bench.py --folio "$(BENCH_FOLIO)" --tool $(BENCH_TOOL) $(BENCH_ARGS)
endif

bench-build: deps bench-deps bench-tools

# The release folio (in BENCH_SCRATCH) and bench/out/bin/folio-bench.
bench-tools:
	@# Others may be editing Sources/ while this builds: one retry on "modified during the build".
	$(SWIFT) build -c release $(STATIC) --scratch-path "$(BENCH_SCRATCH)" --product folio \
	  || $(SWIFT) build -c release $(STATIC) --scratch-path "$(BENCH_SCRATCH)" --product folio
	bench/build-tool.sh

# less and wc are expected; w3m is installed when missing and we are root, else its rows are left out.
bench-deps:
	@command -v less >/dev/null || { echo "bench: less is missing (apt-get install less)"; exit 1; }
	@command -v w3m >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq w3m >/dev/null; \
	  else echo "bench: w3m is missing and we are not root: run sudo apt-get install w3m (the w3m rows are left out)"; fi; }
	@python3 -c 'import numpy' 2>/dev/null || { echo "bench: python3 with numpy is needed (apt-get install python3-numpy)"; exit 1; }

bench-extract-check:
	@test -n "$(READABILITY_REPO)" || { echo "bench-extract: set READABILITY_REPO to a mozilla/readability git dir (fetch github:mozilla/readability provides one)"; exit 1; }
	@git -C "$(READABILITY_REPO)" rev-parse --verify -q HEAD >/dev/null || { echo "bench-extract: $(READABILITY_REPO) is not a git dir"; exit 1; }

## bench-extract: HTML extraction vs trafilatura and readability-lxml, Folio whole-process and in-process (needs READABILITY_REPO=gitdir; report in bench/out/extract.md).
bench-extract: deps bench-extract-check bench-tools
	$(EXTRACT_RUN)

## bench-feeds: Folio's feed parser vs feedparser on gofeed's and feedparser's test feeds (GOFEED_REPO=gitdir FEEDPARSER_REPO=gitdir), and a 10,000-item feed.
bench-feeds: build bench-tools
	@test -n "$(GOFEED_REPO)" && test -n "$(FEEDPARSER_REPO)" || { echo "bench-feeds: set GOFEED_REPO and FEEDPARSER_REPO to git dirs of mmcdole/gofeed and kurtmckee/feedparser"; exit 1; }
	@test -x bench/out/venv/bin/python || python3 -m venv bench/out/venv
	@bench/out/venv/bin/python -c 'import feedparser' 2>/dev/null || bench/out/venv/bin/pip install -q feedparser
	bench/out/venv/bin/python bench/feeds.py --folio "$(RELEASE_BIN)" --gofeed-repo "$(GOFEED_REPO)" --feedparser-repo "$(FEEDPARSER_REPO)" --tool $(BENCH_TOOL) --out bench/out/feeds --results bench/results-feeds.md

## bench-library: the library beside newsboat on 100 local feeds: fetch cold and warm, first screen and memory at 20,000 articles, keys and search (bench/library.py; installs newsboat when root).
bench-library: deps bench-tools
	@command -v newsboat >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq newsboat >/dev/null; \
	  else echo "bench-library: newsboat is missing: run sudo apt-get install newsboat"; exit 1; fi; }
	python3 -B bench/library.py --folio "$(BENCH_FOLIO)" --runs 3 --out bench/results-library.md
