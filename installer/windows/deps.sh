#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds Opfølg's libraries for Windows x64 with MinGW-w64 from Debian's own source packages:
# zlib, libzip, pugixml, libxlsxwriter, fmt and wxWidgets 3.2 (wxMSW), all static. The header-only
# ones (nlohmann-json, CLI11, Boost.Test) are taken from the Debian -dev packages.
#
# The result is cached outside the work tree under $OPFOLG_MINGW_CACHE (default
# /var/cache/opfolg/mingw), in a folder keyed by the source package versions, the compiler and
# the toolchain file, so a rerun costs only the `apt-get update` of a scratch source list. Each
# library's stamp holds a hash of its recipe (its build function, the shared helpers and its
# patches in patches/<package>/), so changing one recipe rebuilds that library alone, and an
# interrupted run resumes where it stopped. The machine's own apt sources are never touched.
#
# Usage: installer/windows/deps.sh        prints the prefix folder on its last line
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
toolchain="$here/toolchain-mingw64.cmake"
cache_root=${OPFOLG_MINGW_CACHE:-/var/cache/opfolg/mingw}
jobs=${OPFOLG_JOBS:-$(nproc)}
host=x86_64-w64-mingw32
packages=(zlib libzip pugixml libxlsxwriter fmtlib wxwidgets3.2)

say() { echo "deps.sh: $*" >&2; }

# --- Debian source packages, through a scratch apt configuration -------------------------------
apt_dir="$cache_root/apt"
mkdir -p "$apt_dir/parts" "$apt_dir/lists/partial" "$cache_root/sources"
# Every suite the machine installs binaries from, as deb-src.
for f in /etc/apt/sources.list.d/*.sources; do
  [ -e "$f" ] || continue
  sed 's/^Types: deb$/Types: deb-src/' "$f" > "$apt_dir/parts/$(basename "$f")"
done
if [ -f /etc/apt/sources.list ]; then
  sed -n 's/^deb /deb-src /p' /etc/apt/sources.list > "$apt_dir/parts/sources.list"
fi
apt_opts=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$apt_dir/parts"
          -o "Dir::State::Lists=$apt_dir/lists" -o Debug::NoLocking=1)
if ! apt-get "${apt_opts[@]}" update -qq >/dev/null 2>"$apt_dir/update.log"; then
  say "apt-get update of the source lists failed (see $apt_dir/update.log); using what is cached"
fi

# Downloads the newest version of source package $1 that the mirror serves (a suite's index may
# name a version whose files are not on the mirror) and prints its .dsc path.
fetch_source() {
  local pkg=$1 version dsc
  while read -r version; do
    dsc=$(ls "$cache_root/sources/${pkg}_${version#*:}.dsc" 2>/dev/null || true)
    if [ -z "$dsc" ]; then
      (cd "$cache_root/sources" &&
        apt-get "${apt_opts[@]}" source --download-only -qq "$pkg=$version" >/dev/null 2>&1) || continue
      dsc="$cache_root/sources/${pkg}_${version#*:}.dsc"
    fi
    [ -f "$dsc" ] && { echo "$dsc"; return 0; }
  done < <(apt-cache "${apt_opts[@]}" showsrc "$pkg" 2>/dev/null |
           sed -n 's/^Version: //p' | sort -V -r -u)
  # Offline: the newest .dsc already downloaded.
  dsc=$(ls "$cache_root/sources/${pkg}"_*.dsc 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$dsc" ] || { say "no source package for $pkg"; return 1; }
  echo "$dsc"
}

declare -A dsc_of
key_input=$(cat "$toolchain"; ${host}-g++-posix --version | head -n 1)
for p in "${packages[@]}"; do
  dsc_of[$p]=$(fetch_source "$p")
  key_input+=$'\n'$(basename "${dsc_of[$p]}")
done
key=$(printf '%s' "$key_input" | sha256sum | cut -c1-16)
root="$cache_root/$key"
prefix="$root/prefix"
mkdir -p "$prefix" "$root/build"

# Unpacks a source package into the build folder (fresh each time a library is rebuilt), with
# Debian's patches and then Opfølg's own.
unpack() {
  local pkg=$1 dir="$root/build/$1" patch
  rm -rf "$dir"
  dpkg-source --no-check -q -x "${dsc_of[$pkg]}" "$dir" >/dev/null
  for patch in "$here/patches/$pkg"/*.patch; do
    [ -f "$patch" ] || continue
    patch -d "$dir" -p1 -s < "$patch" >&2
  done
  echo "$dir"
}

cmake_lib() {  # cmake_lib <source dir> <cmake options...>
  local src=$1; shift
  cmake -S "$src" -B "$src/_build" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
    -DOPFOLG_MINGW_PREFIX="$prefix" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$prefix" -DBUILD_SHARED_LIBS=OFF "$@" >/dev/null
  cmake --build "$src/_build" -j "$jobs" >/dev/null
  cmake --install "$src/_build" >/dev/null
}

build_zlib() {
  local src; src=$(unpack zlib)
  # Debian's source has no win32/ makefiles; zlib's own configure knows MinGW from CHOST.
  (cd "$src" && CHOST=$host CC=${host}-gcc-posix AR=${host}-ar RANLIB=${host}-ranlib \
    ./configure --static --prefix="$prefix" >/dev/null)
  make -C "$src" -j "$jobs" libz.a >/dev/null
  make -C "$src" install >/dev/null
}
build_libzip() {
  local src; src=$(unpack libzip)
  # No compression beyond deflate. Opfølg refuses encrypted entries; Windows' own crypto
  # (bcrypt.dll) is there so that the suites can write the encrypted workbooks it must refuse, as
  # Debian's libzip can.
  cmake_lib "$src" -DENABLE_BZIP2=OFF -DENABLE_LZMA=OFF -DENABLE_ZSTD=OFF -DENABLE_OPENSSL=OFF \
    -DENABLE_GNUTLS=OFF -DENABLE_MBEDTLS=OFF -DENABLE_COMMONCRYPTO=OFF \
    -DENABLE_WINDOWS_CRYPTO=ON -DBUILD_TOOLS=OFF -DBUILD_REGRESS=OFF -DBUILD_EXAMPLES=OFF \
    -DBUILD_DOC=OFF
}
build_pugixml() {
  local src; src=$(unpack pugixml)
  cmake_lib "$src" -DPUGIXML_BUILD_TESTS=OFF
}
build_libxlsxwriter() {
  local src; src=$(unpack libxlsxwriter)
  cmake_lib "$src" -DUSE_SYSTEM_MINIZIP=OFF -DBUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF
}
build_fmtlib() {
  local src; src=$(unpack fmtlib)
  cmake_lib "$src" -DFMT_TEST=OFF -DFMT_DOC=OFF
}
build_wxwidgets3.2() {
  local src; src=$(unpack wxwidgets3.2)
  # Debian's +dfsg source leaves out wx's bundled expat, jpeg, png, tiff and zlib; the app needs
  # none of them (its icon is a Windows resource), and wxUSE_SVG needs libpng. -O1: a quarter
  # less compile time than -O2 for CI's cold builds, and a GUI toolkit's code is not what the app
  # waits on.
  mkdir -p "$src/_build"
  (cd "$src/_build" && ../configure --host=$host --build=x86_64-linux-gnu --prefix="$prefix" \
      --disable-shared --with-msw --with-cxx=17 \
      --without-libpng --without-libjpeg --without-libtiff --without-expat --without-zlib \
      --without-regex --without-opengl --disable-svg --disable-xrc --disable-mediactrl \
      --disable-webview --disable-stc --disable-richtext --disable-ribbon --disable-propgrid \
      --disable-aui --disable-html --disable-sockets --disable-debugreport \
      CXX=${host}-g++-posix CC=${host}-gcc-posix CXXFLAGS=-O1 CFLAGS=-O1 >/dev/null)
  make -C "$src/_build" -j "$jobs" >/dev/null
  make -C "$src/_build" install >/dev/null
}

# Header-only libraries and their CMake package files, from the Debian -dev packages.
install_headers() {
  mkdir -p "$prefix/include" "$prefix/share/cmake"
  cp -r /usr/include/nlohmann "$prefix/include/"
  cp -r /usr/include/CLI "$prefix/include/"
  ln -sfn /usr/include/boost "$prefix/include/boost"
  local d
  for d in nlohmann_json CLI11; do
    local found
    found=$(dirname "$( (find /usr/share/cmake /usr/lib/cmake /usr/share/*/cmake /usr/lib/*/cmake \
      -maxdepth 2 -iname "${d}Config.cmake" 2>/dev/null || true) | head -n 1)")
    [ -n "$found" ] && [ "$found" != . ] || { say "no CMake package file for $d"; return 1; }
    rm -rf "${prefix:?}/share/cmake/$d"
    cp -r "$found" "$prefix/share/cmake/$d"
  done
  # Package files that name /usr/include must name the prefix's copy instead.
  (grep -rl '/usr/include' "$prefix/share/cmake" || true) |
    xargs -r sed -i "s#/usr/include#$prefix/include#g"
}

# What a library is built by: its recipe, the helpers it shares, its patches.
recipe_hash() {
  { declare -f unpack cmake_lib "$1"; cat "$here/patches/${1#build_}"/*.patch 2>/dev/null || true; } |
    sha256sum | cut -c1-16
}

for p in "${packages[@]}"; do
  stamp="$root/$p.done" recipe=$(recipe_hash "build_$p")
  [ "$(cat "$stamp" 2>/dev/null)" = "$recipe" ] && continue
  say "building $p from $(basename "${dsc_of[$p]}")"
  start=$SECONDS
  "build_$p"
  rm -rf "$root/build/$p"
  echo "$recipe" > "$stamp"
  say "$p done in $((SECONDS - start)) s"
done
recipe=$(recipe_hash install_headers)
if [ "$(cat "$root/headers.done" 2>/dev/null)" != "$recipe" ]; then
  install_headers
  echo "$recipe" > "$root/headers.done"
fi
echo "$prefix"
