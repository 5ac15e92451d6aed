#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Tests the Windows build under Wine, each check in a Wine prefix of its own:
#   dlls           every .exe imports only DLLs that Windows ships
#   suites         the cross-built unit and cli Boost.Test suites (ctest, through Wine)
#   installer-user the installer, silent and per user: files, Start menu, "Åbn med Opfølg",
#                  the installed opfolg.exe on the installed examples in a folder named with
#                  æ, ø, å and spaces; the uninstaller leaves the prefix's files and registry as
#                  they were
#   installer-all  the same for all users, with the desktop shortcut and opfolg on PATH
#   matches-linux  the board workbook opfolg.exe writes equals the Linux build's, cell by cell
#   gui            the desktop app starts under Wine + Xvfb on the example folder; screenshot;
#                  the folder is remembered in its registry settings
# Usage: installer/windows/test-wine.sh [WINDOWS_BUILD_DIR [LINUX_BUILD_DIR]] [-- CHECK...]
# (defaults: build-windows, build, every check). Exits non-zero when a check fails.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
args=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do args+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
checks=("$@")
[ ${#checks[@]} -gt 0 ] || checks=(dlls suites installer-user installer-all matches-linux gui)
wbuild=$(realpath -m "${args[0]:-$root/build-windows}")
lbuild=$(realpath -m "${args[1]:-$root/build}")
work="$wbuild/wine-tests"
rm -rf "$work"
mkdir -p "$work"

export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" LC_ALL=C.UTF-8
wine=$(command -v wine || command -v wine64)

# A Windows path for a Linux one (Wine maps / to drive Z:).
winpath() { printf 'Z:%s' "$1" | tr / '\\'; }

# A fresh Wine prefix in $work/$1, started and idle.
new_prefix() {
  export WINEPREFIX="$work/$1"
  rm -rf "$WINEPREFIX"
  "$wine" wineboot -i >/dev/null 2>&1
  wineserver -w
}
end_prefix() { wineserver -k 2>/dev/null; wineserver -w 2>/dev/null; true; }

# What a prefix holds: every file under drive_c, and every registry line that is not a
# timestamp, so that "before" and "after" compare.
snapshot() {
  wineserver -w
  # Except the empty ~nsuN.tmp folder NSIS's uninstaller leaves in %TEMP% (its copy of itself
  # there is deleted at the restart; the folder waits for Windows' own clean-up of %TEMP%).
  (cd "$WINEPREFIX/drive_c" && find . | grep -v -E '/Temp/~nsu[0-9]*\.tmp$' | LC_ALL=C sort) \
    > "$1.files"
  cat "$WINEPREFIX"/system.reg "$WINEPREFIX"/user.reg |
    grep -v -E '^#time=|^;;|^$|^WINE REGISTRY|^"DriverDateData"=' | sed -E 's/^(\[.*\]) [0-9]+$/\1/' |
    LC_ALL=C sort > "$1.reg"
}

fail() { echo "FAIL: $*" >&2; return 1; }

# A registry key and its subkeys as UTF-8 text (regedit writes UTF-16; `reg query` would print
# through the console code page and lose ø). Empty when the key does not exist.
reg_export() {
  local out="$work/export.reg"
  rm -f "$out"
  "$wine" regedit /E "$(winpath "$out")" "$1" >/dev/null 2>&1 || true
  [ -f "$out" ] && iconv -f UTF-16 -t UTF-8 "$out" | tr -d '\r'
}

check_dlls() {
  # What Windows 10 and 11 ship in System32 (lower case); nothing of MinGW's runtime.
  local allowed="kernel32.dll user32.dll gdi32.dll comdlg32.dll comctl32.dll shell32.dll
    ole32.dll oleaut32.dll advapi32.dll winspool.drv shlwapi.dll version.dll ws2_32.dll
    uxtheme.dll oleacc.dll gdiplus.dll msvcrt.dll bcrypt.dll rpcrt4.dll imm32.dll winmm.dll
    uuid.dll crypt32.dll secur32.dll userenv.dll dwmapi.dll msimg32.dll usp10.dll
    d2d1.dll dwrite.dll windowscodecs.dll bcrypt.dll"
  local exe dll bad=0 n=0
  for exe in "$wbuild"/stage/bin/*.exe "$wbuild"/tests/opfolg_*_tests.exe "$wbuild"/tests/*/opfolg_*_tests.exe "$wbuild"/Opfolg-setup.exe; do
    [ -f "$exe" ] || continue
    n=$((n + 1))
    while read -r dll; do
      dll=$(printf '%s' "$dll" | tr 'A-Z' 'a-z')
      case " $(echo $allowed) " in
        *" $dll "*) ;;
        *) echo "  $(basename "$exe") imports $dll, which Windows does not ship" >&2; bad=1 ;;
      esac
    done < <(x86_64-w64-mingw32-objdump -p "$exe" | sed -n 's/^\s*DLL Name: //p')
  done
  [ "$n" -ge 5 ] || fail "no .exe found under $wbuild" || return 1
  [ "$bad" -eq 0 ] || fail "imports beyond Windows' own DLLs" || return 1
  echo "  $n programs import only Windows' own DLLs"
}

check_suites() {
  new_prefix suites
  # ctest runs each suite through Wine (CMAKE_CROSSCOMPILING_EMULATOR).
  ctest --test-dir "$wbuild" --output-on-failure -j 1 || { end_prefix; fail "suites under Wine"; return 1; }
  end_prefix
}

# Installs silently with `$@`, uses the installed programs, uninstalls, compares the prefix.
install_use_uninstall() {
  local name=$1; shift
  local setup="$wbuild/Opfolg-setup.exe"
  [ -f "$setup" ] || { fail "no installer at $setup"; return 1; }
  new_prefix "$name"
  # Restarted once first, as it is restarted after the uninstaller: what a restart changes by
  # itself is then the same on both sides.
  "$wine" wineboot -r >/dev/null 2>&1
  snapshot "$work/$name-before"
  "$wine" "$setup" /S "$@" || { fail "installer exit status $?"; return 1; }
  wineserver -w
  local inst
  case " $* " in
    *" /AllUsers "*) inst="$WINEPREFIX/drive_c/Program Files/Opfølg" ;;
    *) inst=$(find "$WINEPREFIX/drive_c/users" -maxdepth 5 -type d -path '*/Programs/Opfølg' | head -n 1) ;;
  esac
  [ -n "$inst" ] && [ -x "$inst/bin/opfolg.exe" ] || { fail "opfolg.exe not installed ($inst)"; return 1; }
  for f in bin/opfolg-gui.exe share/opfolg/plan-schema.json share/opfolg/indicator-catalogue.json \
           share/locale/da/LC_MESSAGES/opfolg.mo share/locale/da/LC_MESSAGES/wxstd-3.2.mo \
           uninstall.exe; do
    [ -f "$inst/$f" ] || { fail "$f not installed"; return 1; }
  done
  [ "$(ls "$inst/share/opfolg/examples"/*.xlsx | wc -l)" -eq 3 ] || { fail "examples not installed"; return 1; }
  find "$WINEPREFIX/drive_c" -name 'Opfølg.lnk' -path '*Start Menu*' | grep -q . ||
    { fail "no Start-menu entry"; return 1; }
  local hive=HKEY_CURRENT_USER
  case " $* " in *" /AllUsers "*) hive=HKEY_LOCAL_MACHINE ;; esac
  reg_export "$hive\\Software\\Classes\\.xlsx\\OpenWithProgids" | grep -q '^"Opfolg.Workbook"=' ||
    { fail "Opfolg.Workbook not in $hive .xlsx OpenWithProgids"; return 1; }
  reg_export "$hive\\Software\\Classes\\SystemFileAssociations\\.xlsx\\shell\\Opfolg" |
    grep -q '^@="Åbn med Opfølg"' || { fail "no 'Åbn med Opfølg' verb"; return 1; }
  case " $* " in
    *" /DesktopShortcut "*)
      find "$WINEPREFIX/drive_c" -name 'Opfølg.lnk' -path '*Desktop*' | grep -q . ||
        { fail "no desktop shortcut"; return 1; } ;;
  esac
  case " $* " in
    *" /AddToPath "*)
      # A new cmd.exe finds opfolg by name (Wine reads PATH from the registry at start).
      wineserver -k; wineserver -w
      "$wine" cmd /c "opfolg --version" 2>/dev/null | grep -q '^opfolg ' ||
        { fail "opfolg not found on PATH by a new cmd.exe"; return 1; } ;;
  esac
  # Excel keeps the default: nothing was written to .xlsx's own default value.
  if reg_export "$hive\\Software\\Classes\\.xlsx" | grep -q '^@='; then
    fail "the installer took .xlsx's default"; return 1
  fi

  # The installed CLI on the installed examples, in a folder with Danish letters and spaces, from
  # a batch file as a user would type it in cmd.exe (which reads it in the console's code page,
  # 850 on a Danish Windows); Danish text comes through as UTF-8.
  local exe; exe=$(winpath "$inst/bin/opfolg.exe")
  local dir="$WINEPREFIX/drive_c/users/Public/Kvalitet æøå 2026"
  mkdir -p "$dir/Afdelinger"
  cp "$inst/share/opfolg/examples"/*.xlsx "$dir/Afdelinger/"
  local wdir; wdir=$(winpath "$dir")
  local bat="$work/$name-use.bat"
  {
    echo '@echo off'
    echo "cd /d \"$wdir\""
    echo "\"$exe\" template --department \"Tømrer og snedker\" --year 2026 -o \"Skabelon Tømrer.xlsx\""
    echo "if errorlevel 1 exit /b 1"
    echo "\"$exe\" validate \"$wdir\\Skabelon Tømrer.xlsx\""
    echo "if errorlevel 1 exit /b 1"
    echo "\"$exe\" consolidate -o \"$wdir\\Samlet plan.xlsx\" Afdelinger"
    echo "if errorlevel 1 exit /b 1"
  } | sed 's/$/\r/' | iconv -f UTF-8 -t CP850 > "$bat"
  "$wine" cmd /c "$(winpath "$bat")" > "$work/$name-use.txt" 2>&1 ||
    { cat "$work/$name-use.txt" >&2; fail "the installed opfolg.exe failed"; return 1; }
  [ -s "$dir/Skabelon Tømrer.xlsx" ] && [ -s "$dir/Samlet plan.xlsx" ] ||
    { fail "no template or board workbook written"; return 1; }
  grep -q -F 'Kvalitet æøå 2026\Samlet plan.xlsx (3 afdelinger' "$work/$name-use.txt" ||
    { fail "Danish text did not come through cmd.exe as UTF-8"; cat "$work/$name-use.txt" >&2; return 1; }
  iconv -f UTF-8 -t UTF-8 "$work/$name-use.txt" >/dev/null || { fail "output is not UTF-8"; return 1; }
  # The user's own files are theirs: the uninstaller leaves their folder alone, and (all users)
  # a workbook they saved into the installation folder.
  local own="$inst/share/opfolg/examples/Min egen plan.xlsx"
  case " $* " in *" /AllUsers "*) cp "$dir/Samlet plan.xlsx" "$own" ;; esac

  # The uninstaller as Apps & features starts it: by the command the installer registered.
  local un
  un=$(reg_export "$hive\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Opfolg" |
    sed -n 's/^"UninstallString"="\\"\(.*\)\\""$/\1/p' | sed 's/\\\\/\\/g')
  [ -n "$un" ] || { fail "no UninstallString registered"; return 1; }
  "$wine" "$un" /S || { fail "uninstaller ($un) exit status $?"; return 1; }
  wineserver -w
  # NSIS's uninstaller runs from a copy in %TEMP% that Windows deletes at the next restart.
  "$wine" wineboot -r >/dev/null 2>&1
  wineserver -w
  [ -f "$dir/Samlet plan.xlsx" ] || { fail "the uninstaller removed the user's workbooks"; return 1; }
  case " $* " in
    *" /AllUsers "*)
      [ -f "$own" ] || { fail "the uninstaller removed a workbook the user saved beside it"; return 1; }
      # The folders that stayed for that workbook's sake go with it.
      rm "$own"
      rmdir -p --ignore-fail-on-non-empty "$(dirname "$own")" ;;
  esac
  rm -rf "$dir"
  snapshot "$work/$name-after"
  local same=0
  diff "$work/$name-before.files" "$work/$name-after.files" > "$work/$name-files.diff" || same=1
  diff "$work/$name-before.reg" "$work/$name-after.reg" > "$work/$name-reg.diff" || same=1
  if [ "$same" -ne 0 ]; then
    echo "  left behind:" >&2
    cat "$work/$name-files.diff" "$work/$name-reg.diff" 2>/dev/null | head -n 40 >&2
    fail "the uninstaller did not remove everything the installer added"; return 1
  fi
  end_prefix
  echo "  installed ($*), used, uninstalled; prefix as before"
}

# Wine in a Danish locale stands for a Danish Windows: the silent installer speaks Danish.
check_installer-user() { LC_ALL=da_DK.UTF-8 install_use_uninstall installer-user /CurrentUser; }
check_installer-all() {
  LC_ALL=da_DK.UTF-8 install_use_uninstall installer-all /AllUsers /DesktopShortcut /AddToPath
}

check_matches-linux() {
  local lin="$lbuild/addin/cli/opfolg" exe="$wbuild/addin/cli/opfolg.exe"
  [ -x "$lin" ] || { fail "no Linux build at $lbuild"; return 1; }
  new_prefix matches
  local ex="$root/workbook-templates/examples" out="$work/matches"
  mkdir -p "$out"
  # Same sources, same clock: the two workbooks must hold the same cells.
  export SOURCE_DATE_EPOCH=1767225600
  (cd "$out" && "$lin" consolidate -o linux.xlsx "$ex" >/dev/null) || { fail "Linux consolidate"; return 1; }
  (cd "$out" && "$wine" "$exe" consolidate -o windows.xlsx "$(winpath "$ex")" >/dev/null) ||
    { fail "Windows consolidate"; return 1; }
  "$lin" dump --format json "$out/linux.xlsx" > "$out/linux.json"
  "$lin" dump --format json "$out/windows.xlsx" > "$out/windows.json"
  unset SOURCE_DATE_EPOCH
  end_prefix
  /usr/bin/python3 "$here/compare_dumps.py" "$out/linux.json" "$out/windows.json" "$ex" ||
    { fail "the Windows board workbook differs from the Linux one"; return 1; }
}

check_gui() {
  new_prefix gui
  local shot="$wbuild/screenshots/windows-main-window.png"
  mkdir -p "$(dirname "$shot")"
  rm -f "$shot"
  WBUILD="$wbuild" EXAMPLES="$(winpath "$root/workbook-templates/examples")" SHOT="$shot" \
    WINE="$wine" xvfb-run -a -s "-screen 0 1280x800x24" bash "$here/gui-screenshot.sh" ||
    { end_prefix; fail "the desktop app did not show its window"; return 1; }
  # Its settings went to the registry through wxConfig: the folder it opened is remembered.
  reg_export 'HKEY_CURRENT_USER\Software\Opfolg\opfolg\Recent' |
    grep -q '^"Folder"="Z:.*examples"$' ||
    { end_prefix; fail "the opened folder is not in HKCU\Software\Opfolg\opfolg\Recent"; return 1; }
  end_prefix
  echo "  screenshot: $shot; the folder it opened is remembered in the registry"
}

status=0
for c in "${checks[@]}"; do
  echo "== $c"
  start=$SECONDS
  ok=0
  "check_$c" || ok=1
  # A failed check may leave its Wine prefix running; the next check starts clean.
  [ -n "${WINEPREFIX:-}" ] && end_prefix
  if [ "$ok" -eq 0 ]; then
    echo "PASS $c ($((SECONDS - start)) s)"
  else
    echo "FAIL $c ($((SECONDS - start)) s)"
    status=1
  fi
done
exit $status
