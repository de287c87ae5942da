<#
.SYNOPSIS
Builds the installable DID Workbench on Windows: the jar (Maven), a Java runtime cut to the
modules the app uses (jlink), the app image with its two launchers (jpackage), and an .msi or
.exe installer when the WiX Toolset is on the PATH. Linux and macOS: build.sh.

.DESCRIPTION
  powershell -ExecutionPolicy Bypass -File packaging\build.ps1              jar + app image + .msi
  powershell -ExecutionPolicy Bypass -File packaging\build.ps1 -Type exe    ... + .exe instead
  ... -Type app-image        the app image only, no installer
  ... -NoBuild               reuse target\did-workbench.jar instead of running Maven
  ... -InstallerOnly         build the installer from the app image already in target\package
                             (after signing its launchers, say)
  ... -PerUser               an installer that installs for the current user, without admin rights

Output goes to target\package\ (never committed). Needs a full JDK 17 or later (jlink, jdeps,
jpackage and the jmods folder) as JAVA_HOME or on the PATH, and for the installer the WiX
Toolset 3 (candle.exe, light.exe) on the PATH. See packaging\README.md.

Environment: DIDW_APP_VERSION overrides the version taken from pom.xml.
#>
param(
    [ValidateSet('default', 'app-image', 'msi', 'exe')]
    [string]$Type = 'default',
    [switch]$NoBuild,
    [switch]$InstallerOnly,
    [switch]$PerUser
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3
$root = Split-Path -Parent $PSScriptRoot
Set-Location $root
$started = Get-Date

function Say([string]$message) {
    $seconds = [int]((Get-Date) - $started).TotalSeconds
    Write-Host ("build.ps1 [{0,3}s]: {1}" -f $seconds, $message)
}
function Fail([string]$message) {
    Write-Host "build.ps1: $message" -ForegroundColor Red
    exit 1
}
# Runs a program and stops the build when it fails (PowerShell does not for native programs).
function Run([string]$program, [string[]]$arguments) {
    & $program @arguments
    if ($LASTEXITCODE -ne 0) { Fail "$([IO.Path]::GetFileName($program)) failed (exit $LASTEXITCODE)" }
}

# The installer's identity across versions: an .msi with the same upgrade code replaces the
# installed version instead of installing beside it. Never change it.
$upgradeUuid = '96fdb30e-2e17-4616-b596-a36919268985'
$name = 'DID Workbench'
$out = Join-Path $root 'target\package'
$image = Join-Path $out $name

# --- the JDK -----------------------------------------------------------------------------------
if ($env:JAVA_HOME) {
    $jdk = $env:JAVA_HOME
} else {
    $javac = Get-Command javac.exe -ErrorAction SilentlyContinue
    if (-not $javac) { Fail 'no JDK found: set JAVA_HOME or put a JDK''s bin on the PATH' }
    $jdk = Split-Path -Parent (Split-Path -Parent $javac.Source)
}
foreach ($tool in 'jlink', 'jdeps', 'jpackage') {
    if (-not (Test-Path (Join-Path $jdk "bin\$tool.exe"))) {
        Fail "$jdk has no bin\$tool.exe: a full JDK 17 or later is needed (not a JRE)"
    }
}
if (-not (Test-Path (Join-Path $jdk 'jmods'))) { Fail "$jdk has no jmods folder, which jlink needs" }
$env:JAVA_HOME = $jdk
$jlink = Join-Path $jdk 'bin\jlink.exe'
$jdeps = Join-Path $jdk 'bin\jdeps.exe'
$jpackage = Join-Path $jdk 'bin\jpackage.exe'
Say "JDK: $jdk"

$version = $env:DIDW_APP_VERSION
if (-not $version) { $version = ([xml](Get-Content (Join-Path $root 'pom.xml'))).project.version }
# Installers take numbers only: 0.1.0-SNAPSHOT is packaged as 0.1.0.
$appVersion = ($version -split '-')[0]
if ($appVersion -notmatch '^\d+(\.\d+){1,2}$') {
    Fail "cannot read a version like 1.2.3 from pom.xml (got '$version'); set DIDW_APP_VERSION"
}

if (-not $InstallerOnly) {
    # --- the jar -------------------------------------------------------------------------------
    if (-not $NoBuild) {
        Say 'building the jar (mvnw.cmd -B -q package -DskipTests)'
        Run (Join-Path $root 'mvnw.cmd') @('-B', '-q', 'package', '-DskipTests')
    }
    $jar = Join-Path $root 'target\did-workbench.jar'
    if (-not (Test-Path $jar)) { Fail "$jar is missing (run without -NoBuild)" }

    if (Test-Path $out) { Remove-Item -Recurse -Force $out }
    New-Item -ItemType Directory -Force (Join-Path $out 'input') | Out-Null
    Copy-Item $jar (Join-Path $out 'input')
    # The synthetic samples beside the jar (app\sample-data), for the welcome screen's "Open the sample".
    $samples = Join-Path $out 'input\sample-data'
    New-Item -ItemType Directory -Force $samples | Out-Null
    foreach ($f in 'README.md', 'did-v1-sample-2026-09.csv', 'did-v1-sample-2026-09.xml', 'dids-v2-sample-2026-10.csv') {
        Copy-Item (Join-Path $root "sample-data\$f") $samples
    }
    Copy-Item -Recurse (Join-Path $root 'sample-data\reference') $samples

    # --- the runtime ---------------------------------------------------------------------------
    # The app runs from the class path (one shaded jar, JavaFX inside it), so jlink gets JDK
    # modules only: those jdeps finds in the jar, plus the ones in jlink-modules.txt.
    Say 'finding the JDK modules the jar uses (jdeps)'
    $found = (& $jdeps --ignore-missing-deps --print-module-deps --multi-release 17 $jar | Select-Object -Last 1)
    if ($LASTEXITCODE -ne 0) { Fail 'jdeps failed' }
    $extra = Get-Content (Join-Path $root 'packaging\jlink-modules.txt') |
        Where-Object { $_ -notmatch '^\s*(#|$)' } | ForEach-Object { $_.Trim() }
    $modules = (@($found.Trim()) + $extra) -join ','
    Say "linking a runtime with: $modules"
    Run $jlink @('--add-modules', $modules, '--include-locales=en,en-GB', '--strip-debug',
        '--no-man-pages', '--no-header-files', '--compress=2', '--generate-cds-archive',
        '--output', (Join-Path $out 'runtime'))
    # The class-data archive maps the JDK's classes at start instead of loading them one by one (as build.sh);
    # the second archive jlink makes serves only heaps over 32 GB, which this app never asks for.
    Get-ChildItem -Path (Join-Path $out 'runtime') -Recurse -Filter 'classes_nocoops.jsa' | Remove-Item -Force

    # --- the app image -------------------------------------------------------------------------
    # Two launchers: "DID Workbench.exe" for the window (a GUI program: no console window) and
    # did-workbench.exe, a console program, for the command line (cli-launcher.properties).
    # '@...' is quoted: bare, PowerShell would read it as splatting.
    Say "making the app image ($appVersion)"
    Run $jpackage @('@packaging\common.args', '@packaging\launcher.args', '--type', 'app-image',
        '--dest', $out, '--input', (Join-Path $out 'input'), '--runtime-image', (Join-Path $out 'runtime'),
        '--app-version', $appVersion, '--name', $name, '--icon', 'icons\did-workbench.ico',
        '--add-launcher', 'did-workbench=packaging\cli-launcher.properties')

    # A launcher that cannot start its runtime fails here, not on a user's desk.
    Run (Join-Path $image 'did-workbench.exe') @('version')
    Say "app image: $image"
}

# --- the installer -----------------------------------------------------------------------------
if ($Type -eq 'app-image') { exit 0 }
if (-not (Test-Path $image)) { Fail "no app image at $image (run without -InstallerOnly first)" }
$wix = (Get-Command candle.exe -ErrorAction SilentlyContinue) -and (Get-Command light.exe -ErrorAction SilentlyContinue)
if (-not $wix) {
    if ($Type -eq 'default') {
        Say 'no installer: the WiX Toolset 3 (candle.exe, light.exe) is not on the PATH; the app image is complete'
        exit 0
    }
    Fail "a $Type installer needs the WiX Toolset 3 (candle.exe, light.exe) on the PATH"
}
if ($Type -eq 'default') { $Type = 'msi' }
Get-ChildItem $out -Filter "*.$Type" | Remove-Item -Force

$options = @('@packaging\common.args', '--type', $Type, '--dest', $out, '--app-version', $appVersion,
    '--name', $name, '--app-image', $image, '--icon', 'icons\did-workbench.ico',
    '--file-associations', 'packaging\csv-association.properties',
    '--win-menu', '--win-menu-group', $name, '--win-shortcut', '--win-shortcut-prompt',
    '--win-dir-chooser', '--win-upgrade-uuid', $upgradeUuid)
if ($PerUser) { $options += '--win-per-user-install' }
Say "making the $Type installer"
Run $jpackage $options
Say "installer: $((Get-ChildItem $out -Filter "*.$Type" | Select-Object -First 1).FullName)"
