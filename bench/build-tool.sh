#!/bin/sh
# Builds bench/out/bin/folio-bench with swiftc from the package's pure-Swift modules
# (ArticleKit, HighlightStore, ReaderCore), optimized like `swift build -c release`
# (-O, whole module), without touching Package.swift or any SwiftPM build folder.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/bench/out/build"
SWIFTC=${SWIFTC:-swiftc}
mkdir -p "$OUT/mods" "$ROOT/bench/out/bin"
cd "$OUT"
lib() {
    name=$1
    # shellcheck disable=SC2046
    "$SWIFTC" -O -wmo -parse-as-library -swift-version 6 -module-name "$name" -I mods \
        -emit-module -emit-module-path "mods/$name.swiftmodule" \
        -emit-library -static -o "lib$name.a" \
        $(find "$ROOT/Sources/$name" -name '*.swift' | sort)
}
lib ArticleKit
lib HighlightStore
lib ReaderCore
"$SWIFTC" -O -wmo -swift-version 6 -module-name folio_bench -I mods -L . \
    -lReaderCore -lHighlightStore -lArticleKit -static-stdlib \
    -o "$ROOT/bench/out/bin/folio-bench" "$ROOT/bench/FolioBench.swift"
echo "built bench/out/bin/folio-bench"
