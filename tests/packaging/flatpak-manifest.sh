#!/bin/sh
# SPDX-FileCopyrightText: 2026 Lectern developers
# SPDX-License-Identifier: GPL-3.0-or-later
# flatpak-manifest.sh SOURCE_DIR: the Flatpak manifest cannot be built here
# (no network for the runtime), so check that it stays consistent with the
# project: its id names the installed desktop entry and metainfo, and every
# -D option it passes is an option or cache variable CMakeLists.txt declares.
set -eu
src=$1
manifest=$src/packaging/org.lectern.Lectern.yml
fail() { echo "FAIL: $*" >&2; exit 1; }

[ -s "$manifest" ] || fail "$manifest is missing"
id=$(sed -n 's/^id: *//p' "$manifest")
[ "$id" = org.lectern.Lectern ] || fail "$manifest: id is '$id', not org.lectern.Lectern"
[ -s "$src/packaging/$id.desktop" ] || fail "$manifest: no packaging/$id.desktop for its id"
grep -q "<id>$id</id>" "$src/packaging/$id.metainfo.xml" || fail "packaging/$id.metainfo.xml does not use the id $id"
grep -q "^command: lectern$" "$manifest" || fail "$manifest: command is not lectern"
grep -q "^runtime: org.kde.Platform$" "$manifest" || fail "$manifest: runtime is not org.kde.Platform"
grep -q "^runtime-version: '6\.[0-9]*'$" "$manifest" || fail "$manifest: runtime-version is not a KDE 6.x runtime"
grep -q 'sha256: [0-9a-f]\{64\}$' "$manifest" || fail "$manifest: the gumbo archive has no sha256"

options=$(sed -n 's/^ *- -D\([A-Z_]*\)=.*/\1/p' "$manifest")
[ -n "$options" ] || fail "$manifest passes no CMake options"
for option in $options; do
    case "$option" in CMAKE_*) continue ;; esac
    grep -q -e "option($option " -e "set($option .*CACHE" "$src/CMakeLists.txt" ||
        fail "$manifest passes -D$option, which CMakeLists.txt does not declare"
done
echo "flatpak manifest consistent with CMakeLists.txt: $(echo $options | tr '\n' ' ')"
