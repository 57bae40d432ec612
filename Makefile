# Folio: a terminal news reader. `make run` opens the bundled article, `make test` runs every test.
SWIFT      ?= swift
PREFIX     ?= /usr/local
ARTICLE    ?= seeds/000_150ee73383b4e943.txt
# SCRATCH=dir builds in dir instead of .build (for a second checkout or a parallel build).
SCRATCH    ?=
SWIFTBUILD  = $(SWIFT) build $(if $(SCRATCH),--scratch-path "$(SCRATCH)")
SWIFTTEST   = $(SWIFT) test $(if $(SCRATCH),--scratch-path "$(SCRATCH)")
# One static executable (Swift runtime, ncursesw, glibc): no dynamic loading or
# relocation at start-up, which was most of the time to first paint. Linked by lld with
# each Swift function in its own section, so the functions that run before the first
# screen (scripts/startup.order, `make startup-order`) sit together: fewer page faults.
STATIC      = -Xswiftc -static-executable -Xswiftc -use-ld=lld -Xswiftc -Xfrontend -Xswiftc -function-sections \
              -Xlinker --symbol-ordering-file="$(CURDIR)/scripts/startup.order" -Xlinker --no-warn-symbol-ordering
RELEASE     = $(SWIFTBUILD) -c release $(STATIC)
RELEASE_BIN = $$($(RELEASE) --show-bin-path)/folio
DEBUG_BIN   = $$($(SWIFTBUILD) --show-bin-path)/folio

.PHONY: all help build deps run test install install-files uninstall startup-order clean

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

## install: build, then install folio, its manual page and shell completions under $(PREFIX) (default /usr/local; DESTDIR honoured).
install: build
	$(MAKE) install-files FOLIO="$(RELEASE_BIN)"

# Where install-files puts each file.
BINDIR      = $(DESTDIR)$(PREFIX)/bin
MANDIR      = $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR     = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR      = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR     = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

## install-files: install an already built FOLIO=path (no build): binary, folio(1), bash/zsh/fish completions.
install-files:
	@test -x "$(FOLIO)" || { echo "install-files: set FOLIO to a built folio binary"; exit 1; }
	install -d "$(BINDIR)" "$(MANDIR)" "$(BASHDIR)" "$(ZSHDIR)" "$(FISHDIR)"
	install -m 0755 "$(FOLIO)" "$(BINDIR)/folio"
	"$(FOLIO)" manual > "$(MANDIR)/folio.1"
	"$(FOLIO)" --generate-completion-script bash > "$(BASHDIR)/folio"
	"$(FOLIO)" --generate-completion-script zsh > "$(ZSHDIR)/_folio"
	"$(FOLIO)" --generate-completion-script fish > "$(FISHDIR)/folio.fish"

## uninstall: remove what install put under $(PREFIX).
uninstall:
	rm -f "$(BINDIR)/folio" "$(MANDIR)/folio.1" "$(BASHDIR)/folio" "$(ZSHDIR)/_folio" "$(FISHDIR)/folio.fish"

## startup-order: rewrite scripts/startup.order from a run of the release binary under valgrind (commit the result).
startup-order: build
	@command -v valgrind >/dev/null || { echo "startup-order: valgrind is needed (apt-get install valgrind)"; exit 1; }
	python3 -B scripts/startup-order.py "$(RELEASE_BIN)" "$(ARTICLE)" scripts/startup.order

## clean: remove the build folder.
clean:
	rm -rf "$(or $(SCRATCH),.build)"

# Extra targets, one file each: fuzz, sanitize, bench.
-include mk/*.mk
