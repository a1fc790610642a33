; Inno Setup script: a Windows installer for the one-folder build.
;   1. pyinstaller --noconfirm --clean packaging\smallcrm.spec     (makes dist\SmallCRM\)
;   2. iscc packaging\smallcrm.iss                                  (makes dist\SmallCRM-<version>-setup.exe)
; The version is read from SmallCRM.exe's version resource, which the spec fills from
; smallcrm/__init__.py: there is no version number to keep in step here.

#define AppName "SmallCRM"
#define AppExe "SmallCRM.exe"
#define AppVersion GetStringFileInfo(AddBackslash(SourcePath) + "..\dist\SmallCRM\SmallCRM.exe", "ProductVersion")

[Setup]
; A fixed AppId: upgrades replace the installed copy instead of adding a second one.
AppId={{6F0B1F5E-4C1A-4E39-9C55-5D1B8E2C7A31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=SmallCRM
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
; Per-user install by default: a shop computer's owner may not have admin rights.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist
OutputBaseFilename=SmallCRM-{#AppVersion}-setup
SetupIconFile=..\resources\icons\smallcrm.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; ChineseSimplified.isl ships with Inno Setup 6.3+ (older: download it from the Inno Setup site).
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\SmallCRM\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The shop's data (%LOCALAPPDATA%\SmallCRM: database, backups, logs) is never touched
; by the installer or the uninstaller.
