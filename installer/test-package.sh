#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the .deb, installs it on this machine, uses the installed tools on the installed
# examples, and removes the package again. Run as root from the repository root after a build
# in ./build (CI does).
set -euo pipefail
build=${1:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB > "$work/cpack.log")
deb=$(ls "$build"/opfolg_*.deb | head -n 1)
echo "package: $deb"
dpkg-deb --field "$deb" Depends
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q "./$deb" > "$work/install.log"

test -x /usr/bin/opfolg && test -x /usr/bin/opfolg-gui
test -f /usr/share/applications/opfolg.desktop
test -f /usr/share/icons/hicolor/scalable/apps/opfolg.svg
test -f /usr/share/man/man1/opfolg.1.gz
test -f /usr/share/locale/da/LC_MESSAGES/opfolg.mo
# wxWidgets' own Danish catalog comes with the package's dependencies.
test -f /usr/share/locale/da/LC_MESSAGES/wxstd-3.2.mo
# The installed binary finds its schema, catalogue and examples without any environment variable.
opfolg --version
cd "$work"
env -u OPFOLG_TEMPLATES_DIR opfolg template --department "Byg og anlæg" --year 2026 -o skabelon.xlsx
env -u OPFOLG_TEMPLATES_DIR opfolg validate skabelon.xlsx
env -u OPFOLG_TEMPLATES_DIR opfolg consolidate -o samlet.xlsx /usr/share/opfolg/examples
test -s samlet.xlsx
cd - > /dev/null
apt-get remove -y -q opfolg > "$work/remove.log"
test ! -e /usr/bin/opfolg
echo "package test: installed, used and removed cleanly"
