# Folio: a terminal news reader. `make run` opens the bundled article, `make test` runs every test.
SWIFT      ?= swift
PREFIX     ?= /usr/local
ARTICLE    ?= seeds/000_150ee73383b4e943.txt
RELEASE    := $(SWIFT) build -c release --static-swift-stdlib
DEBUG_BIN   = $(shell $(SWIFT) build --show-bin-path)

.PHONY: all build deps run test install uninstall clean

all: build

## deps: install the system packages Folio needs (ncursesw headers, tmux for the tests).
deps:
	@./scripts/deps.sh

## build: optimized binary with a static Swift standard library (fast start-up).
build: deps
	$(RELEASE)

## run: build, then open the bundled article (pass ARTICLE=path for another).
run: build
	"$$($(RELEASE) --show-bin-path)/folio" "$(ARTICLE)"

## test: every unit, golden and end-to-end test.
test: deps
	$(SWIFT) build --build-tests
	FOLIO_BIN="$(DEBUG_BIN)/folio" $(SWIFT) test --skip-build

## install: copy the folio binary to $(PREFIX)/bin.
install: build
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 0755 "$$($(RELEASE) --show-bin-path)/folio" "$(DESTDIR)$(PREFIX)/bin/folio"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/folio"

clean:
	rm -rf .build
