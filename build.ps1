<#
.SYNOPSIS
    SuggestionDesk build entry point for Windows administrators (and any OS with PowerShell 7): the same commands as
    ./build.sh, which stays the entry for Linux and CI.
.DESCRIPTION
    ./build.ps1 module    build the PowerShell module into artifacts/module/SuggestionDesk (needs the .NET 10 SDK only)
    ./build.ps1 package   build it and pack it into artifacts/packages/SuggestionDesk.<version>.nupkg
    ./build.ps1 demo      run the main job end to end on Azurite; writes artifacts/report.pdf (needs Node.js 20+)
    ./build.ps1 test      run every test (needs Node.js 20+, and Poppler's pdftotext/pdffonts/pdfinfo/pdftoppm and qpdf)
    ./build.ps1 bench     measure the figures of docs/performance.md (and rewrite it)

    It installs what it can itself (pwsh 7.6.9 as a dotnet local tool, Azurite from npm with its lock file), and
    starts and stops Azurite on 127.0.0.1 on ports of its own. Arguments after the command go to dotnet test (test),
    demo.ps1 (demo) or the benchmarks (bench).
.EXAMPLE
    ./build.ps1 package
    Register-PSResourceRepository -Name Local -Uri ./artifacts/packages -Trusted
    Install-PSResource SuggestionDesk -Prerelease -Repository Local
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory, Position = 0)]
    [ValidateSet('demo', 'test', 'module', 'package', 'bench')]
    [string] $Command,

    [Parameter(Position = 1, ValueFromRemainingArguments)]
    [string[]] $Arguments = @()
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$root = $PSScriptRoot
$artifacts = Join-Path $root 'artifacts'
$azuriteDir = Join-Path $root 'tools/azurite'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'
$env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = '1'
$script:azurite = $null

function Write-Step([string] $Message) { Write-Host "==> $Message" -ForegroundColor Blue }

function Invoke-Native {
    # Runs a program with the arguments that follow it, and fails the build when it fails. A simple function, so that
    # arguments such as -NoProfile or -v pass through untouched.
    $program, $rest = $args
    & $program @rest
    if ($LASTEXITCODE -ne 0) { throw "$program $($rest -join ' ') failed (exit code $LASTEXITCODE)." }
}

function Assert-Dotnet {
    if (-not (Get-Command dotnet -ErrorAction SilentlyContinue)) {
        throw 'The .NET 10 SDK is not installed (dotnet is not on PATH): install it from https://dot.net, then open a new PowerShell window.'
    }
}

function Assert-Node {
    if (-not (Get-Command node -ErrorAction SilentlyContinue) -or -not (Get-Command npm -ErrorAction SilentlyContinue)) {
        throw 'Node.js 20 or later and npm are needed for Azurite (the local storage emulator): install them from https://nodejs.org.'
    }
    $major = [int] (& node -p 'process.versions.node.split(".")[0]')
    if ($major -lt 20) { throw "Node.js $(& node -v) is too old for Azurite 3.37: install Node.js 20 or later." }
}

function Install-Pwsh {
    Write-Step 'restoring dotnet local tools (pwsh 7.6.9)'
    Invoke-Native dotnet tool restore | Out-Null
}

# The PDF tools the tests read reports with (test tools only; the build needs none of them).
function Assert-PdfTool {
    $tools = 'pdftotext', 'pdffonts', 'pdfinfo', 'pdftoppm', 'qpdf'
    $missing = @($tools | Where-Object { -not (Get-Command $_ -ErrorAction SilentlyContinue) })
    if (-not $missing) { return }
    if ($IsLinux -and (Get-Command apt-get -ErrorAction SilentlyContinue)) {
        Write-Step 'installing Debian packages: poppler-utils qpdf'
        $sudo = if ((& id -u) -eq '0') { @() } else { @('sudo') }
        Invoke-Native @sudo apt-get update -qq
        $env:DEBIAN_FRONTEND = 'noninteractive'
        Invoke-Native @sudo apt-get install -y --no-install-recommends poppler-utils qpdf | Out-Null
        return
    }
    throw "The tests read the PDF reports with Poppler and qpdf, and $($missing -join ', ') are not on PATH. Install Poppler (its bin folder has pdftotext, pdffonts, pdfinfo and pdftoppm) and qpdf, add both to PATH and run again; on macOS: brew install poppler qpdf."
}

function Install-Azurite {
    # npm ci installs exactly what package-lock.json pins; skipped when the install is current.
    $stamp = Join-Path $azuriteDir 'node_modules/.package-lock.json'
    $lock = Join-Path $azuriteDir 'package-lock.json'
    if (-not (Test-Path $stamp) -or (Get-Item -Force $lock).LastWriteTimeUtc -gt (Get-Item -Force $stamp).LastWriteTimeUtc) {
        Write-Step 'installing Azurite (npm ci, pinned by tools/azurite/package-lock.json)'
        Push-Location $azuriteDir
        # npm.cmd on Windows: the npm.ps1 beside it may be refused by the execution policy.
        $npm = if ($IsWindows) { 'npm.cmd' } else { 'npm' }
        try { Invoke-Native $npm ci --no-audit --no-fund --loglevel=error }
        finally { Pop-Location }
    }
}

function Get-FreePort {
    $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    $listener.Start()
    try { $listener.LocalEndpoint.Port } finally { $listener.Stop() }
}

function Test-Port([int] $Port) {
    $client = [System.Net.Sockets.TcpClient]::new()
    try { $client.ConnectAsync([System.Net.IPAddress]::Loopback, $Port).Wait(500) -and $client.Connected }
    catch { $false }
    finally { $client.Dispose() }
}

function Start-Azurite {
    Install-Azurite
    New-Item -ItemType Directory -Path $artifacts -Force | Out-Null
    $tablePort = Get-FreePort; $blobPort = Get-FreePort; $queuePort = Get-FreePort
    $account = 'sdlocal'
    # A throw-away account key made for this run: nothing secret is stored in the repository.
    $key = [Convert]::ToBase64String([System.Security.Cryptography.RandomNumberGenerator]::GetBytes(32))
    $bin = (Get-Content (Join-Path $azuriteDir 'node_modules/azurite/package.json') -Raw | ConvertFrom-Json).bin.azurite
    $log = Join-Path $artifacts 'azurite.log'
    Write-Step "starting Azurite on 127.0.0.1 (tables :$tablePort, blobs :$blobPort)"
    $env:AZURITE_ACCOUNTS = "${account}:$key"
    try {
        $script:azurite = Start-Process -FilePath (Get-Command node -CommandType Application | Select-Object -First 1).Source -PassThru -NoNewWindow `
            -RedirectStandardOutput $log -RedirectStandardError (Join-Path $artifacts 'azurite.err.log') -ArgumentList @(
            ('"' + (Join-Path $azuriteDir "node_modules/azurite/$bin") + '"'), '--inMemoryPersistence',
            '--tableHost', '127.0.0.1', '--tablePort', $tablePort, '--blobHost', '127.0.0.1', '--blobPort', $blobPort,
            '--queueHost', '127.0.0.1', '--queuePort', $queuePort, '--skipApiVersionCheck', '--disableTelemetry')
    }
    finally { Remove-Item Env:AZURITE_ACCOUNTS }
    foreach ($attempt in 1..100) {
        if ((Test-Port $tablePort) -and (Test-Port $blobPort)) {
            $env:SUGGESTIONDESK_STORAGE = "DefaultEndpointsProtocol=http;AccountName=$account;AccountKey=$key;TableEndpoint=http://127.0.0.1:$tablePort/$account;BlobEndpoint=http://127.0.0.1:$blobPort/$account;"
            return
        }
        if ($script:azurite.HasExited) {
            Get-Content $log, (Join-Path $artifacts 'azurite.err.log') -ErrorAction SilentlyContinue | Write-Host
            throw 'Azurite exited while starting.'
        }
        Start-Sleep -Milliseconds 200
    }
    throw "Azurite did not start on 127.0.0.1:$tablePort/$blobPort within 20 s; see $log."
}

function Stop-Azurite {
    if ($script:azurite -and -not $script:azurite.HasExited) {
        Stop-Process -Id $script:azurite.Id -ErrorAction SilentlyContinue
        $script:azurite.WaitForExit(10000) | Out-Null
    }
}

# The importable module and its package: the same scripts build.sh runs, in the pinned pwsh.
function Build-Module {
    Install-Pwsh
    Write-Step 'building the module into artifacts/module/SuggestionDesk'
    Invoke-Native dotnet pwsh -NoProfile -NonInteractive -File (Join-Path $root 'tools/build/Build-Module.ps1') -Output (Join-Path $artifacts 'module/SuggestionDesk')
}

function Build-Package {
    Build-Module
    Write-Step 'packing it into artifacts/packages'
    Invoke-Native dotnet pwsh -NoProfile -NonInteractive -File (Join-Path $root 'tools/build/New-ModulePackage.ps1') `
        -ModulePath (Join-Path $artifacts 'module/SuggestionDesk') -DestinationPath (Join-Path $artifacts 'packages')
}

# End-to-end: the built module in a real pwsh beside a module holding another Azure.Core; the package installed.
function Invoke-PesterSuite {
    Build-Package
    Write-Step 'building the OtherAzure stand-in module and restoring Pester'
    Invoke-Native dotnet publish (Join-Path $root 'tests/pester/OtherAzure') --configuration Release --output (Join-Path $artifacts 'test/OtherAzure') --nologo -v quiet
    Invoke-Native dotnet restore (Join-Path $root 'tests/pester/PesterRestore.csproj') --nologo -v quiet
    $packages = ((& dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', '').Trim()
    Write-Step 'running the Pester suite in pwsh'
    Invoke-Native dotnet pwsh -NoProfile -NonInteractive -File (Join-Path $root 'tests/pester/Invoke-Tests.ps1') `
        -PesterManifest (Join-Path $packages 'pester/6.2.0/tools/Pester.psd1') `
        -ModuleManifest (Join-Path $artifacts 'module/SuggestionDesk/SuggestionDesk.psd1') `
        -OtherAzureModule (Join-Path $artifacts 'test/OtherAzure/OtherAzure.dll') `
        -PackagesPath (Join-Path $artifacts 'packages')
}

Push-Location $root
try {
    switch ($Command) {
        'module' { Assert-Dotnet; Build-Module }
        'package' { Assert-Dotnet; Build-Package }
        'demo' {
            Assert-Dotnet; Assert-Node
            Build-Module
            Start-Azurite
            Write-Step 'running the demo through the module against Azurite (mail goes to artifacts/outbox, the report to artifacts/report.pdf)'
            $outbox = Join-Path $artifacts 'outbox'
            if (Test-Path $outbox) { Remove-Item $outbox -Recurse -Force }
            Invoke-Native dotnet pwsh -NoProfile -NonInteractive -File (Join-Path $root 'module/examples/demo.ps1') -Outbox $outbox -ReportPath (Join-Path $artifacts 'report.pdf') @Arguments
        }
        'test' {
            Assert-Dotnet; Assert-Node; Assert-PdfTool
            Start-Azurite
            Install-Pwsh   # the crash test runs Import-Suggestion in a real pwsh and kills it
            Write-Step 'building and running every test'
            Invoke-Native dotnet test (Join-Path $root 'Automation.sln') --configuration Release --logger 'console;verbosity=normal' @Arguments
            Invoke-PesterSuite
        }
        'bench' {
            Assert-Dotnet; Assert-Node
            Build-Module
            Start-Azurite
            Write-Step 'running the benchmarks against Azurite (the machine is shared: ratios are measured side by side)'
            Invoke-Native dotnet run --project (Join-Path $root 'tests/SuggestionDesk.Benchmarks') --configuration Release -- @Arguments
        }
    }
}
finally {
    Stop-Azurite
    Pop-Location
}
