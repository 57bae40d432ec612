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
