#!/bin/sh
# SPDX-FileCopyrightText: 2026 Lectern developers
# SPDX-License-Identifier: GPL-3.0-or-later
# deb-install.sh BUILD_DIR VERSION: builds the .deb with cpack, installs it
# with dpkg, runs /usr/bin/lectern --version and removes the package again.
# It changes the system it runs on, so CMake registers it only with
# LECTERN_DEB_INSTALL_TEST (on by default in packaging/dev's Debian 13 root);
# there it must run as root on Debian, and says so plainly otherwise.
set -eu
build=$1 version=$2
fail() { echo "FAIL: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "installing the .deb needs root (packaging/dev test runs the tests as root in its Debian 13 root)"
[ -r /etc/debian_version ] && command -v dpkg >/dev/null 2>&1 ||
    fail "installing the .deb needs a Debian system with dpkg; configure with -DLECTERN_DEB_INSTALL_TEST=OFF elsewhere"
command -v dpkg-shlibdeps >/dev/null 2>&1 || fail "cpack needs dpkg-shlibdeps (Debian: dpkg-dev) to fill in Depends"
if dpkg-query -W -f='${Status}' lectern 2>/dev/null | grep -q 'ok installed'; then
    fail "a lectern package is already installed here; this test will not replace it"
fi

out=$(mktemp -d)
cleanup() {
    dpkg -r lectern >/dev/null 2>&1 || true
    rm -rf "$out"
}
trap cleanup EXIT

(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log" >&2; fail "cpack could not build the .deb"; }
deb=$(ls "$out"/lectern_*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || fail "cpack left no lectern_*.deb in $out"

[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "$deb has version $(dpkg-deb -f "$deb" Version), not $version"
depends=$(dpkg-deb -f "$deb" Depends)
case "$depends" in
*libqt6core6*libqt6sql6-sqlite* | *libqt6sql6-sqlite*libqt6core6*) ;;
*) fail "$deb does not depend on Qt and its SQLite driver (Depends: '$depends')" ;;
esac
# The plugins' libraries too: dpkg-shlibdeps reads the plugins as well as
# the program, which no longer links them (Qt PDF, KSyntaxHighlighting, KArchive).
for package in libqt6pdf6 libkf6syntaxhighlighting6 libkf6archive6; do
    case "$depends" in
    *"$package"*) ;;
    *) fail "$deb does not depend on $package, which a plugin needs (Depends: '$depends')" ;;
    esac
done
[ -n "$(dpkg-deb -f "$deb" Maintainer)" ] && [ -n "$(dpkg-deb -f "$deb" Section)" ] ||
    fail "$deb lacks a Maintainer or a Section"

dpkg -i "$deb" || fail "dpkg -i $deb failed"
[ -x /usr/bin/lectern ] || fail "the package did not install /usr/bin/lectern"
for file in /usr/share/applications/org.lectern.Lectern.desktop /usr/share/metainfo/org.lectern.Lectern.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/org.lectern.Lectern.svg; do
    [ -s "$file" ] || fail "the package did not install $file"
done
printed=$(/usr/bin/lectern --version) || fail "/usr/bin/lectern --version failed"
case "$printed" in
*"$version"*) ;;
*) fail "/usr/bin/lectern --version printed '$printed', not version $version" ;;
esac

dpkg -r lectern || fail "dpkg -r lectern failed"
[ ! -e /usr/bin/lectern ] || fail "dpkg -r left /usr/bin/lectern behind"
echo "$(basename "$deb"): installed, ran '$printed', removed"
