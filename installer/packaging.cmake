# SPDX-License-Identifier: MIT
# CPack settings; included from the top-level CMakeLists.txt just before include(CPack).
set(CPACK_PACKAGE_NAME "opfolg")
set(CPACK_PACKAGE_VENDOR "Opfølg")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Follow-up plans for Danish vocational schools: templates, validation, deltas, consolidation")
set(CPACK_PACKAGE_CONTACT "Opfølg developers <opfolg@example.invalid>")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Opfolg")
set(CPACK_PACKAGE_EXECUTABLES "opfolg-gui" "Opfølg")

if(WIN32)
  # Per-user NSIS installer with a Start-menu entry and an "Open with" entry for .xlsx.
  set(CPACK_GENERATOR "NSIS")
  set(CPACK_NSIS_DISPLAY_NAME "Opfølg")
  set(CPACK_NSIS_PACKAGE_NAME "Opfølg ${PROJECT_VERSION}")
  set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/installer/windows/opfolg.ico")
  set(CPACK_NSIS_INSTALL_ROOT "$LOCALAPPDATA\\\\Programs")
  set(CPACK_NSIS_DEFINES "RequestExecutionLevel user")
  set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS
    "WriteRegStr HKCU 'Software\\\\Classes\\\\Applications\\\\opfolg-gui.exe\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\opfolg-gui.exe\\\" \\\"%1\\\"'\nWriteRegStr HKCU 'Software\\\\Classes\\\\.xlsx\\\\OpenWithList\\\\opfolg-gui.exe' '' ''")
  set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
    "DeleteRegKey HKCU 'Software\\\\Classes\\\\Applications\\\\opfolg-gui.exe'\nDeleteRegKey HKCU 'Software\\\\Classes\\\\.xlsx\\\\OpenWithList\\\\opfolg-gui.exe'")
elseif(APPLE)
  set(CPACK_GENERATOR "DragNDrop")
  set(MACOSX_BUNDLE_BUNDLE_NAME "Opfølg")
  set(MACOSX_BUNDLE_GUI_IDENTIFIER "dk.opfolg.app")
else()
  set(CPACK_GENERATOR "DEB")
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_SECTION "education")
  set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
  # Runtime dependencies come from dpkg-shlibdeps, not from a hand-kept list; they are added to
  # this one, which no library reveals: wxWidgets' Danish catalog (wxstd-3.2.mo), which names
  # the buttons wx makes itself ("Gennemse", stock labels) and which opfolg-gui loads at start.
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "wx3.2-i18n")
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Follow-up plans for Danish vocational schools\n Hands out Excel templates for the yearly follow-up plan, checks the\n department workbooks cell by cell, computes indicator deltas and\n consolidates everything into one board-ready workbook. Command line\n (opfolg) and desktop app (opfolg-gui).")
endif()
