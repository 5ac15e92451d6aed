#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds Opfølg for Windows x64 on Debian, from nothing to the installer: the libraries from
# Debian's source packages (deps.sh, cached outside the work tree), the programs and the test
# suites cross-compiled with MinGW-w64, then the NSIS installer and a portable .zip.
# Idempotent; a rerun after a code change rebuilds only what changed.
#
# Usage: installer/windows/build.sh [BUILD_DIR]        (default: build-windows)
# Leaves BUILD_DIR/Opfolg-setup.exe and BUILD_DIR/Opfolg-portable.zip (fixed names, for CI and
# scripts), and the same files named with the version beside them.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(realpath -m "${1:-$root/build-windows}")

prefix=$(bash "$here/deps.sh" | tail -n 1)

# pkg-config is asked again on every run (-U): a library rebuilt by deps.sh may link differently.
cmake -S "$root" -B "$build" -G Ninja -U '__pkg_config_checked_*' \
  -DCMAKE_TOOLCHAIN_FILE="$here/toolchain-mingw64.cmake" -DOPFOLG_MINGW_PREFIX="$prefix" \
  -DCMAKE_BUILD_TYPE=Release -DwxWidgets_CONFIG_EXECUTABLE="$prefix/bin/wx-config" >/dev/null
cmake --build "$build"

# The files the installer carries, laid out as on Linux (bin/, share/opfolg, share/locale).
stage="$build/stage"
rm -rf "$stage"
cmake --install "$build" --prefix "$stage" >/dev/null
x86_64-w64-mingw32-strip "$stage"/bin/*.exe

# The installer's and the uninstaller's file lists, from the staged tree.
nsh="$build/nsis"
mkdir -p "$nsh"
(cd "$stage" && find . -mindepth 1 -type d | sed 's#^\./##' | sort) > "$nsh/dirs"
(cd "$stage" && find . -type f | sed 's#^\./##' | sort) > "$nsh/files"
win() { printf '%s' "$1" | tr / '\\'; }
{
  while read -r d; do
    echo "SetOutPath \"\$INSTDIR\\$(win "$d")\""
    (cd "$stage/$d" && find . -maxdepth 1 -type f | sed 's#^\./##' | sort) | while read -r f; do
      echo "File \"$stage/$d/$f\""
    done
  done < "$nsh/dirs"
} > "$nsh/install-files.nsh"
{
  while read -r f; do echo "Delete \"\$INSTDIR\\$(win "$f")\""; done < "$nsh/files"
  sort -r "$nsh/dirs" | while read -r d; do echo "RMDir \"\$INSTDIR\\$(win "$d")\""; done
} > "$nsh/uninstall-files.nsh"

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$version" -DSTAGE="$stage" -DFILES="$nsh" \
  -DICON="$here/opfolg.ico" -DOUTFILE="$build/Opfolg-$version-setup.exe" "$here/opfolg.nsi"
cp -f "$build/Opfolg-$version-setup.exe" "$build/Opfolg-setup.exe"

# The portable .zip: the same files in one folder, run from wherever it is unpacked.
portable="$build/Opfolg-$version-portable.zip"
rm -f "$portable"
(cd "$stage/.." && rm -rf "Opfolg-$version" && cp -r stage "Opfolg-$version" &&
  zip -q -r -X "$portable" "Opfolg-$version" && rm -rf "Opfolg-$version")
cp -f "$portable" "$build/Opfolg-portable.zip"
echo "build.sh: $build/Opfolg-setup.exe and $build/Opfolg-portable.zip (version $version)"
