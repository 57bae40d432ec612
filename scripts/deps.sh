#!/usr/bin/env bash
# Installs the system packages Folio needs (ncursesw, cmark-gfm and libxml2 to
# build: libxml2 parses web pages and feeds; SQLite for the library, curl to fetch pages, tmux for the end-to-end tests), or prints the exact command to do so. Does nothing when
# everything is present.
set -eu
missing=()
# Sources/CNcursesw/shim.h includes <ncursesw/curses.h>; libncurses-dev ships it.
# It also ships the static libncursesw.a and libtinfo.a that the static binary links.
[ -f /usr/include/ncursesw/curses.h ] && [ -n "$(find /usr/lib /usr/lib64 -name libncursesw.a -print -quit 2>/dev/null)" ] \
    || missing+=(libncurses-dev)
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
# Markdown is parsed with cmark-gfm (static libraries linked in).
[ -f /usr/include/cmark-gfm.h ] || missing+=(libcmark-gfm-dev)
# HTML pages are parsed with libxml2's HTML parser, feeds with its reader (its static library
# needs ICU's, which libicu-dev ships).
# Sources/CLibXML2/module.modulemap links xml2, icuuc, icui18n, icudata, z and lzma:
# each static library is checked by name, with the package that ships it.
[ -f /usr/include/libxml2/libxml/xmlreader.h ] || missing+=(libxml2-dev)
has_static() { [ -n "$(find /usr/lib /usr/lib64 -name "$1" -print -quit 2>/dev/null)" ]; }
has_static libxml2.a || missing+=(libxml2-dev)
for icu in libicuuc.a libicui18n.a libicudata.a; do
    has_static "$icu" || { missing+=(libicu-dev); break; }
done
has_static libz.a || missing+=(zlib1g-dev)
has_static liblzma.a || missing+=(liblzma-dev)
[ -f /usr/include/cmark-gfm-core-extensions.h ] || missing+=(libcmark-gfm-extensions-dev)
# The library's cache is SQLite (static library linked in, with FTS5).
[ -f /usr/include/sqlite3.h ] && has_static libsqlite3.a || missing+=(libsqlite3-dev)
# URLs are fetched by running the curl program (an argv, never a shell).
command -v curl >/dev/null 2>&1 || missing+=(curl)
# A test renders the manual page with groff to check it has no warnings.
command -v groff >/dev/null 2>&1 || missing+=(groff-base)
# The TLS test serves a self-signed certificate with the openssl program.
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "deps: installing ${missing[*]} with apt-get" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
else
    echo "deps: missing ${missing[*]}; run:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
fi
