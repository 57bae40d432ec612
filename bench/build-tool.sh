#!/bin/sh
# Builds bench/out/bin/folio-bench with swiftc from the package's Swift modules
# (ArticleKit, HighlightStore, ReaderCore, FeedKit), optimized like `swift build -c release`
# (-O, whole module), without touching Package.swift or any SwiftPM build folder.
# ArticleKit imports the system modules CLibXML2 and CCmarkGFM: their module maps are found
# through -I (every module that imports ArticleKit needs them too, and so does the tool),
# and the tool links the C libraries they name (libxml2-dev, libcmark-gfm(-extensions)-dev).
# Static libraries carry no autolink entries for the linker, so the tool also names the
# Swift runtime libraries ArticleKit's string searches use (_StringProcessing and
# _RegexParser, implicit imports of every Swift file).
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
        -I "$ROOT/Sources/CCmarkGFM" -I "$ROOT/Sources/CLibXML2" -Xcc -I/usr/include/libxml2 \
        -emit-module -emit-module-path "mods/$name.swiftmodule" \
        -emit-library -static -o "lib$name.a" \
        $(find "$ROOT/Sources/$name" -name '*.swift' | sort)
}
lib ArticleKit
lib HighlightStore
lib ReaderCore
# FeedKit imports CLibXML2, whose header lives in /usr/include/libxml2.
FEEDKIT_FLAGS="-I $ROOT/Sources/CLibXML2 -Xcc -I/usr/include/libxml2"
# shellcheck disable=SC2086
"$SWIFTC" -O -wmo -parse-as-library -swift-version 6 -module-name FeedKit -I mods \
    -I "$ROOT/Sources/CCmarkGFM" $FEEDKIT_FLAGS \
    -emit-module -emit-module-path mods/FeedKit.swiftmodule -emit-library -static -o libFeedKit.a \
    $(find "$ROOT/Sources/FeedKit" -name '*.swift' | sort)
# shellcheck disable=SC2086
"$SWIFTC" -O -wmo -swift-version 6 -module-name folio_bench -I mods \
    -I "$ROOT/Sources/CCmarkGFM" $FEEDKIT_FLAGS -L . \
    -lReaderCore -lHighlightStore -lFeedKit -lArticleKit -lswift_StringProcessing -lswift_RegexParser \
    -lcmark-gfm-extensions -lcmark-gfm -lxml2 -static-stdlib \
    -o "$ROOT/bench/out/bin/folio-bench" "$ROOT/bench/FolioBench.swift"
echo "built bench/out/bin/folio-bench"
