#!/bin/sh
# SPDX-FileCopyrightText: 2026 Lectern developers
# SPDX-License-Identifier: GPL-3.0-or-later
# run-tool.sh TOOL ARGS...: runs a validator, failing with a clear message
# (not skipping) when the tool is missing, so a missing check is never green.
tool=$1
command -v "$tool" >/dev/null 2>&1 || {
    echo "FAIL: $tool is not installed (Debian: desktop-file-utils, appstream); packaging/dev test installs it in its Debian 13 root" >&2
    exit 1
}
exec "$@"
