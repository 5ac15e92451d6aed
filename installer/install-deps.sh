#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs every Debian 12 package that building, testing and running Opfølg needs.
# Idempotent; run as root. Usage: installer/install-deps.sh [--no-gui-test-tools]
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps.sh: must run as root (apt-get)" >&2
  exit 1
fi

packages=(
  # build
  build-essential cmake pkg-config ninja-build git
  # core libraries
  libzip-dev zipcmp zipmerge ziptool libpugixml-dev libxlsxwriter-dev
  nlohmann-json3-dev libcli11-dev libfmt-dev zlib1g-dev
  # GUI (wx3.2-i18n: wxWidgets' own Danish catalog, for the buttons wx names itself)
  libwxgtk3.2-dev gettext wx3.2-i18n
  # tests: unit framework, independent producers/consumers, GUI under X, fuzzing, coverage
  libboost-test-dev python3 python3-openpyxl libreoffice-calc-nogui
  # Word plans for the import tests: LibreOffice Writer (HTML → .docx) and python-docx
  libreoffice-writer-nogui python3-docx
  xvfb xauth imagemagick poppler-utils clang libclang-rt-dev locales unzip gcovr
  # the board workbook printed by LibreOffice: Carlito has Calibri's metrics, so its pages are
  # Excel's pages
  fonts-crosextra-carlito
  # tests of the published page: a real browser (driven by puppeteer-core and axe-core from npm,
  # installed into the build tree by CMake from tests/publish/package-lock.json) and an HTML5
  # parser
  chromium python3-html5lib fonts-liberation
  # packaging
  dpkg-dev file fakeroot
  # Windows: the MinGW-w64 cross compiler (posix threads for std::thread), NSIS for the
  # installer, Wine to run the cross-built suites and the installer; dependencies are built from
  # Debian's own source packages (installer/windows/deps.sh), which needs dpkg-source and
  # autotools' usual helpers
  g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix mingw-w64-tools binutils-mingw-w64-x86-64
  nsis wine wine64 zip xz-utils autoconf automake libtool x11-utils
)

# Node.js and npm for the browser tests: Debian's, unless a Node.js with its own npm is there
# already (NodeSource's nodejs package ships npm and conflicts with Debian's npm package).
if ! command -v npm >/dev/null 2>&1; then
  packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Danish number/date formatting tests need the da_DK locale.
if ! locale -a 2>/dev/null | grep -qi '^da_DK\.utf-\?8$'; then
  sed -i 's/^# *\(da_DK.UTF-8 UTF-8\)/\1/' /etc/locale.gen
  grep -q '^da_DK.UTF-8 UTF-8' /etc/locale.gen || echo 'da_DK.UTF-8 UTF-8' >> /etc/locale.gen
  locale-gen >/dev/null
fi
echo "install-deps.sh: all packages present"
