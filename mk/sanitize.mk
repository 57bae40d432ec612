# Unit tests under sanitizers (`make sanitize`), each in its own build folder.
#
#   make sanitize          ASan, then TSan
#   make sanitize-asan     ArticleKit, HighlightStore, ReaderCore and the tmux
#                          end-to-end tests under AddressSanitizer (.build-asan);
#                          the end-to-end tests drive the ASan-built folio
#                          (FOLIO_BIN points at it). SANITIZE_E2E= leaves them out.
#   make sanitize-tsan     ThreadSanitizer (.build-tsan). Folio's targets use no
#                          threads or Dispatch (the store's concurrency is between
#                          processes, serialized by flock), so this mostly checks
#                          the store tests, which run in parallel in one process
#                          and spawn folio-store-probe children.
#
# ASAN_OPTIONS: leak detection is off because the Swift runtime keeps
# metadata caches and other allocations alive until exit on purpose, which
# LeakSanitizer reports as leaks; every memory error still aborts.
#
# Found by ASan here (Swift 6.3): a Swift global of the imported C type
# `termios` is laid out in 57 bytes while glibc's tcgetattr writes 60; the
# saved modes now live in heap memory with room to spare (SignalGuard).

SANITIZE_E2E        ?= 1
SANITIZE_ASAN_TESTS ?= ArticleKitTests|HighlightStoreTests|ReaderCoreTests$(if $(SANITIZE_E2E),|EndToEndTests)
SANITIZE_TSAN_TESTS ?= HighlightStoreTests|ArticleKitTests
SANITIZE_ASAN_OPTIONS ?= detect_leaks=0:abort_on_error=1:halt_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
SANITIZE_TSAN_OPTIONS ?= halt_on_error=1:second_deadlock_stack=1

.PHONY: sanitize sanitize-asan sanitize-tsan

## sanitize: unit and end-to-end tests under AddressSanitizer, store and article tests under ThreadSanitizer.
sanitize: sanitize-asan sanitize-tsan

## sanitize-asan: tests under AddressSanitizer in .build-asan.
sanitize-asan: deps
	$(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan
	ASAN_OPTIONS="$(SANITIZE_ASAN_OPTIONS)" SWIFT_BACKTRACE=enable=no \
	FOLIO_BIN="$$($(SWIFT) build --sanitize=address --scratch-path .build-asan --show-bin-path)/folio" \
	  $(SWIFT) test --skip-build --sanitize=address --scratch-path .build-asan --filter '$(SANITIZE_ASAN_TESTS)'

## sanitize-tsan: store and article tests under ThreadSanitizer in .build-tsan.
sanitize-tsan: deps
	$(SWIFT) build --build-tests --sanitize=thread --scratch-path .build-tsan
	TSAN_OPTIONS="$(SANITIZE_TSAN_OPTIONS)" SWIFT_BACKTRACE=enable=no \
	  $(SWIFT) test --skip-build --sanitize=thread --scratch-path .build-tsan --filter '$(SANITIZE_TSAN_TESTS)'
