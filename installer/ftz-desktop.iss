; Inno Setup 6 script: per-user setup of the ftz-desktop bundle, no administrator rights needed.
; Build with installer\build_windows.ps1, which passes the version from pyproject.toml:
;   ISCC /DAppVersion=0.1.0 installer\ftz-desktop.iss
; Input: dist\ftz-desktop\ (the PyInstaller bundle). Output: dist\ftz-desktop-setup-<version>.exe

#ifndef AppVersion
  #error Pass the version with /DAppVersion=... (build_windows.ps1 reads it from pyproject.toml)
#endif

#define AppName "ftz-desktop"
#define AppExe "ftz-desktop.exe"
#define RecipeExt ".ftzrecipe"
#define RecipeProgId "FtzDesktop.Recipe"
; Must match ftz_desktop.paths (APP_AUTHOR\APP_NAME) and the QSettings names in ftz_desktop.app.
#define DataFolder "ftz_desktop\ftz-desktop"
#define SettingsKey "Software\ftz_desktop\ftz-desktop"

[Setup]
; The AppId ties upgrades and the uninstaller to this product: never change it.
AppId={{31A89519-9D56-4104-8835-07928C382C3E}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=ftz_desktop developers
; Per user: no UAC prompt, nothing outside the user's profile.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsedUserAreasWarning=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SourceDir=..
OutputDir=dist
OutputBaseFilename={#AppName}-setup-{#AppVersion}
SetupIconFile=resources\icons\ftz-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
; An open ftz-desktop is asked to close (Restart Manager) before files are replaced.
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Recent Inno Setup releases ship Simplified Chinese; older ones need the file added by hand.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle, so no library of the previous version lingers beside the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "dist\ftz-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; Double-clicking a brief recipe (.ftzrecipe) opens it in ftz-desktop. Per user (HKCU\Software\Classes).
Root: HKCU; Subkey: "Software\Classes\{#RecipeExt}"; ValueType: string; ValueName: ""; ValueData: "{#RecipeProgId}"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#RecipeExt}\OpenWithProgids"; ValueType: string; ValueName: "{#RecipeProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#RecipeProgId}"; ValueType: string; ValueName: ""; ValueData: "ftz-desktop brief recipe"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#RecipeProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\{#RecipeProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; Window layout the app keeps in QSettings: not created here, removed on uninstall.
Root: HKCU; Subkey: "{#SettingsKey}"; Flags: dontcreatekey uninsdeletekey
Root: HKCU; Subkey: "Software\ftz_desktop"; Flags: dontcreatekey uninsdeletekeyifempty

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; The matplotlib font cache is rebuilt on demand. Workspaces, backups and logs in
; %LOCALAPPDATA%\ftz_desktop\ftz-desktop stay: they are the user's work, not part of the program.
Type: filesandordirs; Name: "{localappdata}\{#DataFolder}\Cache"
