# Fuzzing with libFuzzer (`make fuzz`). SwiftPM cannot link fuzz targets well,
# so swiftc builds them directly: ArticleKit and HighlightStore are compiled
# as their own modules (objects + .swiftmodule, with -enable-testing so a
# target can reach internal parsers), then each entry file in Fuzz/<target>/
# is linked with them into one binary whose LLVMFuzzerTestOneInput is a
# Swift @_cdecl function. Everything lands in .build-fuzz/libfuzzer/.
#
#   make fuzz                         every target for FUZZ_SECONDS (default 60) each
#   make fuzz FUZZ_SECONDS=600        longer
#   make fuzz-article / fuzz-store    one target
#   make fuzz-build                   build only
#   Reproduce a crash: .build-fuzz/libfuzzer/bin/fuzz-<target> <crash file>
#
# Seeds are committed in Fuzz/corpus/<target>/ (dictionary: Fuzz/dict/<target>.dict);
# new inputs go to the
# git-ignored .build-fuzz/libfuzzer/corpus/<target>/, crashes to
# .build-fuzz/libfuzzer/crashes/<target>/. A crash or a broken invariant
# (fatalError in the target) makes `make fuzz` exit non-zero.

SWIFTC        ?= swiftc
FUZZ_SECONDS  ?= 60
FUZZ_TARGETS  := article store html markdown
FUZZ_DIR      := .build-fuzz/libfuzzer
FUZZ_SWIFTC   := $(SWIFTC) -O -g -sanitize=fuzzer,address -parse-as-library -swift-version 6
# ArticleKit imports the libxml2 and cmark-gfm system modules: their module maps, and the libraries to link.
FUZZ_CMODULES := -I Sources/CLibXML2 -Xcc -I/usr/include/libxml2 -I Sources/CCmarkGFM
FUZZ_CLIBS    := -lxml2 -lcmark-gfm-extensions -lcmark-gfm
FUZZ_ARTICLEKIT_SRC     := $(shell find Sources/ArticleKit -name '*.swift' | sort)
FUZZ_HIGHLIGHTSTORE_SRC := $(shell find Sources/HighlightStore -name '*.swift' | sort)
# Extra sources compiled into a target: the article target reuses the
# no-text-lost helper of the ArticleKit tests.
FUZZ_EXTRA_article := Tests/ArticleKitTests/Support/TextAccounting.swift
FUZZ_EXTRA_html     := Fuzz/shared/DocumentChecks.swift
FUZZ_EXTRA_markdown := Fuzz/shared/DocumentChecks.swift
FUZZ_LIBS_article  := ArticleKit
FUZZ_LIBS_store    := ArticleKit HighlightStore
FUZZ_LIBS_html     := ArticleKit
FUZZ_LIBS_markdown := ArticleKit

.PHONY: fuzz fuzz-build $(addprefix fuzz-,$(FUZZ_TARGETS))

## fuzz: run each libFuzzer target for FUZZ_SECONDS (60) from Fuzz/corpus; fails on a crash.
fuzz: $(addprefix fuzz-,$(FUZZ_TARGETS))

## fuzz-build: build the libFuzzer binaries into .build-fuzz/libfuzzer/bin.
fuzz-build: $(addprefix $(FUZZ_DIR)/bin/fuzz-,$(FUZZ_TARGETS))

# The object is the target; its .swiftmodule (in mod/) is written alongside.
$(FUZZ_DIR)/obj/ArticleKit.o: $(FUZZ_ARTICLEKIT_SRC) mk/fuzz.mk
	@mkdir -p $(FUZZ_DIR)/mod $(FUZZ_DIR)/obj
	$(FUZZ_SWIFTC) -enable-testing -wmo -module-name ArticleKit $(FUZZ_CMODULES) -emit-module \
	  -emit-module-path $(FUZZ_DIR)/mod/ArticleKit.swiftmodule -c $(FUZZ_ARTICLEKIT_SRC) -o $@

$(FUZZ_DIR)/obj/HighlightStore.o: $(FUZZ_HIGHLIGHTSTORE_SRC) $(FUZZ_DIR)/obj/ArticleKit.o
	$(FUZZ_SWIFTC) -enable-testing -wmo -module-name HighlightStore -I $(FUZZ_DIR)/mod $(FUZZ_CMODULES) -emit-module \
	  -emit-module-path $(FUZZ_DIR)/mod/HighlightStore.swiftmodule -c $(FUZZ_HIGHLIGHTSTORE_SRC) -o $@

# Each binary: its entry files, extra sources and module objects.
$(FUZZ_DIR)/bin/fuzz-article: $(wildcard Fuzz/article/*.swift) $(FUZZ_EXTRA_article) $(FUZZ_DIR)/obj/ArticleKit.o
$(FUZZ_DIR)/bin/fuzz-store: $(wildcard Fuzz/store/*.swift) $(FUZZ_EXTRA_store) $(FUZZ_DIR)/obj/ArticleKit.o $(FUZZ_DIR)/obj/HighlightStore.o
$(FUZZ_DIR)/bin/fuzz-html: $(wildcard Fuzz/html/*.swift) $(FUZZ_EXTRA_html) $(FUZZ_DIR)/obj/ArticleKit.o
$(FUZZ_DIR)/bin/fuzz-markdown: $(wildcard Fuzz/markdown/*.swift) $(FUZZ_EXTRA_markdown) $(FUZZ_DIR)/obj/ArticleKit.o
$(FUZZ_DIR)/bin/fuzz-%:
	@mkdir -p $(FUZZ_DIR)/bin
	$(FUZZ_SWIFTC) -use-ld=lld -module-name Fuzz_$* -I $(FUZZ_DIR)/mod $(FUZZ_CMODULES) $(abspath $(wildcard Fuzz/$*/*.swift) $(FUZZ_EXTRA_$*)) \
	  $(addsuffix .o,$(addprefix $(FUZZ_DIR)/obj/,$(FUZZ_LIBS_$*))) $(FUZZ_CLIBS) -o $@

# -max_len 65536 lets inputs grow past libFuzzer's small default; a timeout
# of 10 s per input or 2 GB of memory counts as a finding too.
$(addprefix fuzz-,$(FUZZ_TARGETS)): fuzz-%: $(FUZZ_DIR)/bin/fuzz-%
	@mkdir -p $(FUZZ_DIR)/corpus/$* $(FUZZ_DIR)/crashes/$*
	@echo "== fuzz-$*: $(FUZZ_SECONDS) s from Fuzz/corpus/$*"
	SWIFT_BACKTRACE=enable=no $(FUZZ_DIR)/bin/fuzz-$* -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
	  -print_final_stats=1 -artifact_prefix=$(FUZZ_DIR)/crashes/$*/ -dict=Fuzz/dict/$*.dict \
	  $(FUZZ_DIR)/corpus/$* Fuzz/corpus/$*
