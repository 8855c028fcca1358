; Inno Setup 6 script: a per-user installer for the PyInstaller bundle in dist\marginalia.
;   iscc /DAppVersion=0.1.0 packaging\windows\marginalia.iss
; Paths below are relative to this file. The version comes from the project
; (marginalia.__version__); the workflow passes it, so it is never written here.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\marginalia.iss
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\marginalia"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; The AppId ties upgrades and the uninstaller to one product: never change it.
AppId={{5A0C7E7B-3F1D-4C6E-9B8A-2D4F6E1C9A37}
AppName=Marginalia
AppVersion={#AppVersion}
AppVerName=Marginalia {#AppVersion}
AppPublisher=Marginalia
AppComments=Offline reading and annotation of multilingual articles
; Per-user: no administrator rights, installs under %LOCALAPPDATA%\Programs ({autopf}
; is {userpf} in this mode). /ALLUSERS on the command line may still ask for a
; machine-wide install, where {autopf} becomes Program Files.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\Marginalia
DefaultGroupName=Marginalia
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=Marginalia-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\marginalia.ico
UninstallDisplayIcon={app}\marginalia.exe
UninstallDisplayName=Marginalia {#AppVersion}
; lzma2 with a solid archive: Qt's and Python's many small files compress together.
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; An upgrade replaces a running copy's files only after asking it to close.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of an older version that this one no longer ships (a dropped Qt plugin
; left behind could be loaded and fail).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Marginalia"; Filename: "{app}\marginalia.exe"; Comment: "Read and annotate articles"
Name: "{autodesktop}\Marginalia"; Filename: "{app}\marginalia.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\marginalia.exe"; Description: "{cm:LaunchProgram,Marginalia}"; Flags: nowait postinstall skipifsilent
