; Inno Setup 6 script: per-user installer for Journey Mapper (no administrator rights needed).
; Saved as UTF-8 with a BOM, so that Inno Setup reads the Danish messages right.
;
;   iscc /DAppVersion=0.1.0 /DAppNumericVersion=0.1.0.0 packaging\windows\journeymapper.iss
;
; The version comes from pyproject.toml (python packaging\version.py [--numeric]); the CI workflow
; passes it in. Input: the PyInstaller bundle dist\journeymapper\ (journeymapper.exe, windowed, and
; journeymapper-cli.exe, console). Output: dist\JourneyMapper-<version>-Windows-x64-setup.exe.
;
; Installs to %LOCALAPPDATA%\Programs\Journey Mapper, adds a Start-menu entry, associates .jmap
; files (own document icon, "Open with Journey Mapper") under HKCU\Software\Classes, and registers
; a clean uninstaller (Settings > Apps). An administrator can still install for all users with
; /ALLUSERS on the command line; the same entries then go to HKLM and Program Files.
; The uninstaller removes the program, its shortcuts and registry entries; it never deletes maps,
; nor the user's settings and autosave copies in %LOCALAPPDATA%\JourneyMapper (they may hold work).

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z /DAppNumericVersion=X.Y.Z.0 journeymapper.iss
#endif
#ifndef AppNumericVersion
  #define AppNumericVersion AppVersion
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\journeymapper"
#endif
#define AppName "Journey Mapper"
#define AppExe "journeymapper.exe"
#define ProgId "JourneyMapper.Map"

[Setup]
; AppId identifies the installation for upgrades and uninstall: never change it.
AppId={{0E74BCAC-6905-4C8B-912D-2587A25D9E40}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Journey Mapper developers
AppCopyright=Journey Mapper developers
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductVersion={#AppNumericVersion}
VersionInfoDescription={#AppName} setup
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
CloseApplications=yes
RestartApplications=no
SetupIconFile=..\icons\journeymapper.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir=..\..\dist
OutputBaseFilename=JourneyMapper-{#AppVersion}-Windows-x64-setup
#ifdef Sign
; iscc /DSign "/Ssigntool=signtool.exe sign /fd sha256 /tr <timestamp URL> /td sha256 /f <cert> /p <password> $f" ...
; signs the installer and the uninstaller (see packaging/README.md; sign the two .exe files before).
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"

[CustomMessages]
english.AssocTask=Open .jmap files with {#AppName}
danish.AssocTask=Åbn .jmap-filer med {#AppName}
english.OpenVerb=Open with {#AppName}
danish.OpenVerb=Åbn med {#AppName}
english.DocType={#AppName} map
danish.DocType={#AppName}-kort
english.AssocGroup=File types:
danish.AssocGroup=Filtyper:

[Tasks]
Name: "associate"; Description: "{cm:AssocTask}"; GroupDescription: "{cm:AssocGroup}"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\icons\jmap-document.ico"; DestDir: "{app}"; Flags: ignoreversion

[InstallDelete]
; An upgrade replaces the bundle's library folder whole, so no file of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Customer journey maps"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA = HKCU for a per-user install, HKLM for an all-users one. The file type (ProgID) with its icon
; and the open verb; .jmap points at it when the task is chosen, and lists it under "Open with" always.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:DocType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\jmap-document.ico,0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell"; ValueType: string; ValueName: ""; ValueData: "open"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open"; ValueType: string; ValueName: ""; ValueData: "{cm:OpenVerb}"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.jmap"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.jmap"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-journeymapper"; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\.jmap"; ValueType: string; ValueName: "PerceivedType"; ValueData: "document"; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\.jmap\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
; The application itself, for "Open with" and Default Apps.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".jmap"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: dirifempty; Name: "{app}"
