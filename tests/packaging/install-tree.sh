#!/bin/sh
# SPDX-FileCopyrightText: 2026 Lectern developers
# SPDX-License-Identifier: GPL-3.0-or-later
# install-tree.sh BUILD_DIR VERSION: `cmake --install` into a temporary prefix
# must give the binary, the desktop entry, the metainfo and the hicolor icon,
# and nothing that only the build or the tests need.
set -eu
build=$1 version=$2
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" >/dev/null || fail "cmake --install $build failed"
for file in bin/lectern share/applications/org.lectern.Lectern.desktop \
    share/metainfo/org.lectern.Lectern.metainfo.xml \
    share/icons/hicolor/scalable/apps/org.lectern.Lectern.svg; do
    [ -s "$prefix/$file" ] || fail "cmake --install did not install $file"
done
[ -x "$prefix/bin/lectern" ] || fail "bin/lectern is not executable"
# Lectern's plugins (PluginLibrary) go to LIBDIR/lectern, wherever LIBDIR is.
plugins=$(cd "$prefix" && find . -path '*/lectern/liblectern_*.so' | sort)
for plugin in liblectern_pdfreader.so liblectern_codecolouring.so liblectern_zipreader.so liblectern_charts.so; do
    echo "$plugins" | grep -q "/lectern/$plugin\$" || fail "cmake --install did not install the plugin $plugin"
done
extra=$(cd "$prefix" && find . -type f | sort | grep -v -x -e ./bin/lectern $(printf -- ' -e %s' $plugins) \
    -e ./share/applications/org.lectern.Lectern.desktop \
    -e ./share/metainfo/org.lectern.Lectern.metainfo.xml \
    -e ./share/icons/hicolor/scalable/apps/org.lectern.Lectern.svg || true)
[ -z "$extra" ] || fail "cmake --install installed files no package should ship: $extra"

head -c 400 "$prefix/share/icons/hicolor/scalable/apps/org.lectern.Lectern.svg" | grep -q '<svg' ||
    fail "the installed icon is not an SVG"
grep -q "^Icon=org.lectern.Lectern$" "$prefix/share/applications/org.lectern.Lectern.desktop" ||
    fail "the desktop entry does not name the installed icon org.lectern.Lectern"
grep -q "<release version=\"$version\"" "$prefix/share/metainfo/org.lectern.Lectern.metainfo.xml" ||
    fail "the metainfo has no release notes for version $version (project() in CMakeLists.txt)"

out=$("$prefix/bin/lectern" --version) || fail "the installed lectern --version failed"
case "$out" in
*"$version"*) ;;
*) fail "the installed lectern --version printed '$out', not version $version" ;;
esac

# The installed program finds its plugins: Qt PDF reads the PDF, KArchive
# the EPUB (the book of tests/data/epub/keeper, zipped as tests/fuzz does).
library=$(mktemp -d)
data=$(dirname "$0")/../data book=$library/book
mkdir -p "$book/META-INF" "$book/OEBPS/text"
printf 'application/epub+zip' >"$book/mimetype"
cp "$data/epub/keeper/container.xml" "$book/META-INF/"
cp "$data/epub/keeper/content.opf" "$data/epub/keeper/style.css" "$book/OEBPS/"
cp "$data/epub/keeper/cover.xhtml" "$book/OEBPS/text/"
cp "$data/epub/keeper/autumn.xhtml" "$book/OEBPS/text/b-autumn.xhtml"
cp "$data/epub/keeper/spring.xhtml" "$book/OEBPS/text/z spring.xhtml"
(cd "$book" && cmake -E tar cf "$library/keeper.epub" --format=zip mimetype META-INF OEBPS) || fail "could not zip the EPUB to import"
for file in "$data/pdf/rocky-shore.pdf" "$library/keeper.epub"; do
    out=$(LECTERN_PLUGIN_PATH= "$prefix/bin/lectern" import --library "$library/library.sqlite" "$file" 2>&1) ||
        fail "the installed lectern could not import $(basename "$file"): $out"
done
rm -rf "$library"

# appstreamcli checks the installed tree as a software centre would see it:
# the metainfo, its launchable desktop entry and the icon together.
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate-tree --no-net "$prefix" || fail "appstreamcli validate-tree rejects the installed tree"
else
    fail "appstreamcli is not installed (Debian: appstream)"
fi
echo "installed tree in a temporary prefix: OK"
