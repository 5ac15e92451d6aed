; SPDX-License-Identifier: MIT
; Opfølg's Windows installer (NSIS 3, 64-bit, Unicode). Built by installer/windows/build.sh:
;   makensis -DVERSION=x.y.z -DSTAGE=<cmake --install folder> -DFILES=<folder> -DICON=<.ico>
;            -DOUTFILE=<setup.exe> opfolg.nsi
; FILES holds install-files.nsh and uninstall-files.nsh, which build.sh writes from the staged
; tree: the installer and the uninstaller name the same files, and only those.
;
; Per user by default, without administrator rights (%LOCALAPPDATA%\Programs\Opfølg, HKCU);
; for all users when run elevated (Program Files, HKLM). /CurrentUser or /AllUsers on the command
; line chooses explicitly. Silent with /S (Danish, default components).
; Everything it adds is listed in the uninstaller, which removes exactly that and leaves the
; user's workbooks and the app's settings (HKCU\Software\Opfolg\opfolg) alone.

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
ManifestDPIAware true
RequestExecutionLevel user

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include WordFunc.nsh
!include WinMessages.nsh
!include Sections.nsh

!define APP "Opfølg"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Opfolg"
!define PROGID "Opfolg.Workbook"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
BrandingText "${APP} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} – installation"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "MIT"

Var AllUsers

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_FINISHPAGE_RUN "$INSTDIR\bin\opfolg-gui.exe"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${STAGE}/share/doc/opfolg/LICENSE"
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
; The first language is the default (and the one a silent install speaks).
!insertmacro MUI_LANGUAGE "Danish"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString SecProgram ${LANG_DANISH} "Opfølg (program, skabeloner og eksempler)"
LangString SecProgram ${LANG_ENGLISH} "Opfølg (programs, templates and examples)"
LangString SecDesktop ${LANG_DANISH} "Genvej på skrivebordet"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SecPath ${LANG_DANISH} "Tilføj opfolg til PATH (kommandolinjen)"
LangString SecPath ${LANG_ENGLISH} "Add opfolg to PATH (command line)"
LangString OpenWith ${LANG_DANISH} "Åbn med Opfølg"
LangString OpenWith ${LANG_ENGLISH} "Open with Opfølg"
LangString AppDescription ${LANG_DANISH} "Opfølgningsplaner for erhvervsskoler"
LangString AppDescription ${LANG_ENGLISH} "Follow-up plans for vocational schools"

; --- per user or all users ---------------------------------------------------------------------
!macro ChooseScope
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/AllUsers" $R1
  ${IfNot} ${Errors}
    StrCpy $AllUsers 1
  ${Else}
    ClearErrors
    ${GetOptions} $R0 "/CurrentUser" $R1
    ${IfNot} ${Errors}
      StrCpy $AllUsers 0
    ${Else}
      ; Elevated (an administrator's token): for everyone; otherwise for this user alone.
      UserInfo::GetAccountType
      Pop $R1
      ${If} $R1 == "Admin"
        StrCpy $AllUsers 1
      ${Else}
        StrCpy $AllUsers 0
      ${EndIf}
    ${EndIf}
  ${EndIf}
!macroend

!macro UseScope
  SetRegView 64
  ${If} $AllUsers == 1
    SetShellVarContext all
  ${Else}
    SetShellVarContext current
  ${EndIf}
!macroend


; --- what is installed -------------------------------------------------------------------------
Section "!$(SecProgram)" SecMain
  SectionIn RO
  !include "${FILES}/install-files.nsh"
  SetOutPath "$INSTDIR"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\bin\opfolg-gui.exe" "" \
    "$INSTDIR\bin\opfolg-gui.exe" 0 SW_SHOWNORMAL "" "$(AppDescription)"

  ; "Åbn med Opfølg" for .xlsx, for this user (or everyone), without taking the default from
  ; Excel: a ProgID listed under OpenWithProgids, and a verb on every .xlsx file.
  WriteRegStr SHCTX "Software\Classes\${PROGID}" "" "${APP}"
  WriteRegStr SHCTX "Software\Classes\${PROGID}" "FriendlyTypeName" "${APP}"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\bin\opfolg-gui.exe,0"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\shell\open\command" "" \
    '"$INSTDIR\bin\opfolg-gui.exe" "%1"'
  WriteRegStr SHCTX "Software\Classes\.xlsx\OpenWithProgids" "${PROGID}" ""
  WriteRegStr SHCTX "Software\Classes\Applications\opfolg-gui.exe" "FriendlyAppName" "${APP}"
  WriteRegStr SHCTX "Software\Classes\Applications\opfolg-gui.exe\SupportedTypes" ".xlsx" ""
  WriteRegStr SHCTX "Software\Classes\Applications\opfolg-gui.exe\shell\open\command" "" \
    '"$INSTDIR\bin\opfolg-gui.exe" "%1"'
  WriteRegStr SHCTX "Software\Classes\SystemFileAssociations\.xlsx\shell\Opfolg" "" "$(OpenWith)"
  WriteRegStr SHCTX "Software\Classes\SystemFileAssociations\.xlsx\shell\Opfolg" "Icon" \
    "$INSTDIR\bin\opfolg-gui.exe,0"
  WriteRegStr SHCTX "Software\Classes\SystemFileAssociations\.xlsx\shell\Opfolg\command" "" \
    '"$INSTDIR\bin\opfolg-gui.exe" "%1"'

  ; Programs and Features.
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\bin\opfolg-gui.exe,0"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "AllUsers" $AllUsers
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" $0
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'  ; SHCNE_ASSOCCHANGED
SectionEnd

Section /o "$(SecDesktop)" SecDesktopShortcut
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\bin\opfolg-gui.exe"
SectionEnd

; opfolg.exe on PATH: the user's PATH (HKCU\Environment), or the machine's for all users.
!macro PathKey ROOT KEY
  ${If} $AllUsers == 1
    StrCpy ${ROOT} "HKLM"
    StrCpy ${KEY} "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"
  ${Else}
    StrCpy ${ROOT} "HKCU"
    StrCpy ${KEY} "Environment"
  ${EndIf}
!macroend

Section /o "$(SecPath)" SecPath
  !insertmacro PathKey $R8 $R9
  ${If} $R8 == "HKLM"
    ReadRegStr $0 HKLM $R9 "Path"
  ${Else}
    ReadRegStr $0 HKCU $R9 "Path"
  ${EndIf}
  ${If} $0 == ""
    StrCpy $0 "$INSTDIR\bin"
  ${Else}
    StrCpy $0 "$0;$INSTDIR\bin"
  ${EndIf}
  ${If} $R8 == "HKLM"
    WriteRegExpandStr HKLM $R9 "Path" $0
  ${Else}
    WriteRegExpandStr HKCU $R9 "Path" $0
  ${EndIf}
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "AddedToPath" 1
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=2000
SectionEnd

; /DesktopShortcut and /AddToPath select the optional parts (for silent installs).
Function .onInit
  !insertmacro ChooseScope
  !insertmacro UseScope
  ${If} $AllUsers == 1
    StrCpy $INSTDIR "$PROGRAMFILES64\${APP}"
  ${EndIf}
  ; An explicit /D=... wins over both (NSIS sets it after .onInit).
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/DesktopShortcut" $R1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${SecDesktopShortcut}
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/AddToPath" $R1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${SecPath}
  ${EndIf}
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

; Deletes SHCTX\KEY when it holds neither a subkey nor a value (DeleteRegKey /ifempty looks
; at subkeys only).
!macro DeleteKeyIfEmpty KEY
  ClearErrors
  EnumRegKey $R6 SHCTX "${KEY}" 0
  EnumRegValue $R7 SHCTX "${KEY}" 0
  ${If} $R6 == ""
  ${AndIf} $R7 == ""
    DeleteRegKey SHCTX "${KEY}"
  ${EndIf}
!macroend

; --- the uninstaller ---------------------------------------------------------------------------
Function un.onInit
  ; The scope the installer chose is recorded beside it: look in HKLM first, then HKCU.
  SetRegView 64
  ReadRegDWORD $AllUsers HKLM "${UNINSTALL_KEY}" "AllUsers"
  ${If} $AllUsers != 1
    ReadRegStr $0 HKLM "${UNINSTALL_KEY}" "InstallLocation"
    ${If} $0 != ""
    ${AndIf} $0 == $INSTDIR
      StrCpy $AllUsers 1
    ${Else}
      StrCpy $AllUsers 0
    ${EndIf}
  ${EndIf}
  !insertmacro UseScope
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Uninstall"
  ; PATH first, while the uninstall key still says whether it was added.
  ReadRegDWORD $0 SHCTX "${UNINSTALL_KEY}" "AddedToPath"
  ${If} $0 == 1
    !insertmacro PathKey $R8 $R9
    ${If} $R8 == "HKLM"
      ReadRegStr $1 HKLM $R9 "Path"
    ${Else}
      ReadRegStr $1 HKCU $R9 "Path"
    ${EndIf}
    ${WordReplace} "$1" ";$INSTDIR\bin" "" "+" $1
    ${WordReplace} "$1" "$INSTDIR\bin" "" "+" $1
    ${If} $R8 == "HKLM"
      WriteRegExpandStr HKLM $R9 "Path" $1
    ${ElseIf} $1 == ""
      DeleteRegValue HKCU $R9 "Path"
    ${Else}
      WriteRegExpandStr HKCU $R9 "Path" $1
    ${EndIf}
    SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=2000
  ${EndIf}

  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"

  ; Our own keys go; the shared .xlsx keys only lose our entries, and go only if nothing else
  ; (no subkey and no value: the user's own choice of program, say) is left in them.
  DeleteRegValue SHCTX "Software\Classes\.xlsx\OpenWithProgids" "${PROGID}"
  !insertmacro DeleteKeyIfEmpty "Software\Classes\.xlsx\OpenWithProgids"
  !insertmacro DeleteKeyIfEmpty "Software\Classes\.xlsx"
  DeleteRegKey SHCTX "Software\Classes\${PROGID}"
  DeleteRegKey SHCTX "Software\Classes\Applications\opfolg-gui.exe"
  !insertmacro DeleteKeyIfEmpty "Software\Classes\Applications"
  DeleteRegKey SHCTX "Software\Classes\SystemFileAssociations\.xlsx\shell\Opfolg"
  !insertmacro DeleteKeyIfEmpty "Software\Classes\SystemFileAssociations\.xlsx\shell"
  !insertmacro DeleteKeyIfEmpty "Software\Classes\SystemFileAssociations\.xlsx"
  !insertmacro DeleteKeyIfEmpty "Software\Classes\SystemFileAssociations"
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  ; A fresh user profile may have had neither until the installer made them (the machine's
  ; are Windows' own and stay).
  ${If} $AllUsers != 1
    !insertmacro DeleteKeyIfEmpty "Software\Microsoft\Windows\CurrentVersion\Uninstall"
    !insertmacro DeleteKeyIfEmpty "Software\Classes"
  ${EndIf}
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ; Only what the installer put there: a workbook the user saved into the folder stays.
  !include "${FILES}/uninstall-files.nsh"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  ; A per-user install may have been the one to create %LOCALAPPDATA%\Programs; it goes only
  ; when empty (RMDir never removes a folder that holds anything).
  ${If} $AllUsers != 1
    RMDir "$LOCALAPPDATA\Programs"
  ${EndIf}
SectionEnd
