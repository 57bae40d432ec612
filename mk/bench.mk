# `make bench`: release builds, inputs generated at run time, one table printed and
# written to bench/results.md (see bench/bench.py). Not part of `make test`.
# Builds in its own scratch folder so it never disturbs .build.
BENCH_SCRATCH ?= .build-bench
BENCH_FOLIO    = $$($(SWIFT) build -c release $(STATIC) --scratch-path "$(BENCH_SCRATCH)" --show-bin-path)/folio
BENCH_ARGS    ?=

.PHONY: bench bench-deps bench-build

## bench: release build, then parse / first paint / key latency / store / RSS vs wc, less, w3m (~5 min).
bench: bench-build
	python3 -B bench/bench.py --folio "$(BENCH_FOLIO)" --tool bench/out/bin/folio-bench $(BENCH_ARGS)

bench-build: deps bench-deps
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

# `make bench-extract READABILITY_REPO=GITDIR`: HTML article extraction quality and speed on
# Mozilla Readability's test pages, Folio beside trafilatura and readability-lxml (see
# bench/extract.py; report in bench/out/extract.md, raw results in bench/out/extract.json).
# READABILITY_REPO is a mozilla/readability git dir (bare is fine): the search tool's
# `fetch github:mozilla/readability` provides one. Its pages are archived into bench/out at
# run time, never committed. trafilatura and readability-lxml go in bench/out/venv (PyPI).
READABILITY_REPO ?=
EXTRACT_ARGS     ?=

.PHONY: bench-extract

## bench-extract: HTML extraction vs trafilatura and readability-lxml (needs READABILITY_REPO=gitdir).
bench-extract: deps
	@test -n "$(READABILITY_REPO)" || { echo "bench-extract: set READABILITY_REPO to a mozilla/readability git dir (fetch github:mozilla/readability provides one)"; exit 1; }
	@git -C "$(READABILITY_REPO)" rev-parse --verify -q HEAD >/dev/null || { echo "bench-extract: $(READABILITY_REPO) is not a git dir"; exit 1; }
	$(RELEASE) --product folio
	python3 -B bench/extract.py --folio "$(RELEASE_BIN)" --readability-repo "$(READABILITY_REPO)" $(EXTRACT_ARGS)
