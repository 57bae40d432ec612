# Folio: a terminal news reader. `make run` opens the bundled article, `make test` runs every test.
SWIFT      ?= swift
PREFIX     ?= /usr/local
ARTICLE    ?= seeds/000_150ee73383b4e943.txt
# SCRATCH=dir builds in dir instead of .build (for a second checkout or a parallel build).
SCRATCH    ?=
SWIFTBUILD  = $(SWIFT) build $(if $(SCRATCH),--scratch-path "$(SCRATCH)")
SWIFTTEST   = $(SWIFT) test $(if $(SCRATCH),--scratch-path "$(SCRATCH)")
# One static executable (Swift runtime, ncursesw, glibc): no dynamic loading or
# relocation at start-up, which was most of the time to first paint.
STATIC      = -Xswiftc -static-executable
RELEASE     = $(SWIFTBUILD) -c release $(STATIC)
RELEASE_BIN = $$($(RELEASE) --show-bin-path)/folio
DEBUG_BIN   = $$($(SWIFTBUILD) --show-bin-path)/folio

.PHONY: all help build deps run test install uninstall clean

all: build

## help: list the targets.
help:
	@sed -n 's/^## //p' $(MAKEFILE_LIST)

## deps: install the system packages Folio needs (ncursesw headers, tmux for the tests).
deps:
	@./scripts/deps.sh

## build: optimized, fully static binary (see STATIC; the Swift runtime and ncursesw linked in).
build: deps
	$(RELEASE)

## run: build, then open the bundled article (ARTICLE=path opens another).
run: build
	"$(RELEASE_BIN)" "$(ARTICLE)"

## test: every test: unit, screen goldens, tmux end-to-end (against the release binary that `make run` uses).
test: deps
	$(RELEASE)
	$(SWIFTBUILD) --build-tests
	FOLIO_BIN="$(RELEASE_BIN)" $(SWIFTTEST) --skip-build

## install: build, then copy folio to $(PREFIX)/bin (default /usr/local; DESTDIR honoured).
install: build
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 0755 "$(RELEASE_BIN)" "$(DESTDIR)$(PREFIX)/bin/folio"

## uninstall: remove $(PREFIX)/bin/folio.
uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/folio"

## clean: remove the build folder.
clean:
	rm -rf "$(or $(SCRATCH),.build)"

# Extra targets, one file each: fuzz, sanitize, bench.
-include mk/*.mk
