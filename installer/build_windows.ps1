# Builds the Windows setup: dist\ftz-desktop\ (the bundle) and dist\ftz-desktop-setup-<version>.exe
#   powershell -ExecutionPolicy Bypass -File installer\build_windows.ps1 [-Wheelhouse <folder>]
# Needs Python 3.11 (the py launcher) and Inno Setup 6.3+. Uses the active virtual environment,
# or creates .venv. -Wheelhouse installs packages from that folder only, for machines without internet;
# fill it on a connected Windows machine: pip download -r build\installer-requirements.txt -d <folder>
param([string]$Wheelhouse = "")
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

function Invoke-Checked {
    # Native programs report failure through the exit code, which PowerShell does not check itself.
    param([string]$Program, [string[]]$Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

if ($env:VIRTUAL_ENV) {
    $python = Join-Path $env:VIRTUAL_ENV "Scripts\python.exe"
} else {
    if (-not (Test-Path ".venv\Scripts\python.exe")) { Invoke-Checked "py" @("-3.11", "-m", "venv", ".venv") }
    $python = ".venv\Scripts\python.exe"
}
# The spec bundles this checkout itself, so only its dependencies and PyInstaller are installed
# (read from pyproject.toml); a developer's editable install stays as it is.
New-Item -ItemType Directory -Force build | Out-Null
Invoke-Checked $python @("-c", "import tomllib; p = tomllib.load(open('pyproject.toml', 'rb'))['project']; " +
    "open('build/installer-requirements.txt', 'w').write('\n'.join(p['dependencies'] + p['optional-dependencies']['installer']))")
$pipArgs = @("-m", "pip", "install", "-q", "-r", "build\installer-requirements.txt")
if ($Wheelhouse) { $pipArgs += @("--no-index", "--find-links", $Wheelhouse) }
Invoke-Checked $python $pipArgs

$version = & $python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"
if ($LASTEXITCODE -ne 0 -or -not $version) { throw "Could not read the version from pyproject.toml" }
Invoke-Checked $python @("-m", "PyInstaller", "--noconfirm", "--clean", "installer\ftz-desktop.spec")

$iscc = (Get-Command "ISCC.exe" -ErrorAction SilentlyContinue).Source
if (-not $iscc) {
    $iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
              "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") | Where-Object { Test-Path $_ } | Select-Object -First 1
}
if (-not $iscc) { throw "Inno Setup 6 (ISCC.exe) not found: install it or put it on PATH" }
Invoke-Checked $iscc @("/DAppVersion=$version", "installer\ftz-desktop.iss")
Write-Host "Built dist\ftz-desktop-setup-$version.exe"
