<#
.SYNOPSIS
    Runs the Pester suite in this real pwsh: the built module end to end, its package (shape, notices, installing
    and updating it in a clean pwsh), and infra/grant-graph-mail.ps1 against a fake Exchange Online.
.DESCRIPTION
    Called by ./build.sh test (and ./build.ps1 test) after it has built the module and its package, the OtherAzure
    stand-in and restored Pester.
    Exits with the number of failed tests, so the build fails when one does.
#>
param(
    [Parameter(Mandatory)] [string] $PesterManifest,
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [Parameter(Mandatory)] [string] $OtherAzureModule,
    [Parameter(Mandatory)] [string] $PackagesPath
)

$ErrorActionPreference = 'Stop'
# The tests read English: run them in the invariant culture whatever the machine's (a Chinese Windows, LANG=zh_CN.UTF-8),
# as the xUnit suites do; a test that wants another culture sets it, or starts a pwsh with it.
foreach ($property in 'CurrentCulture', 'CurrentUICulture', 'DefaultThreadCurrentCulture', 'DefaultThreadCurrentUICulture') {
    [System.Globalization.CultureInfo]::$property = [System.Globalization.CultureInfo]::InvariantCulture
}
Import-Module $PesterManifest -Force

$repositoryRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
$configuration = New-PesterConfiguration
# Each test file gets the data it declares.
$configuration.Run.Container = @(
    New-PesterContainer -Path (Join-Path $PSScriptRoot 'Module.Tests.ps1') -Data @{
        ModuleManifest   = $ModuleManifest
        OtherAzureModule = $OtherAzureModule
        RepositoryRoot   = $repositoryRoot
    }
    New-PesterContainer -Path (Join-Path $PSScriptRoot 'Help.Tests.ps1') -Data @{
        ModuleManifest = $ModuleManifest
        RepositoryRoot = $repositoryRoot
    }
    New-PesterContainer -Path (Join-Path $PSScriptRoot 'Package.Tests.ps1') -Data @{
        ModuleManifest = $ModuleManifest
        PackagesPath   = $PackagesPath
        RepositoryRoot = $repositoryRoot
    }
    New-PesterContainer -Path (Join-Path $PSScriptRoot 'Install.Tests.ps1') -Data @{
        ModuleManifest = $ModuleManifest
        PackagesPath   = $PackagesPath
        RepositoryRoot = $repositoryRoot
    }
    New-PesterContainer -Path (Join-Path $PSScriptRoot 'Language.Tests.ps1') -Data @{
        ModuleManifest = $ModuleManifest
        RepositoryRoot = $repositoryRoot
    }
    New-PesterContainer -Path (Join-Path $PSScriptRoot 'GrantGraphMail.Tests.ps1') -Data @{
        RepositoryRoot = $repositoryRoot
    }
)
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Detailed'
$configuration.Output.StackTraceVerbosity = 'FirstLine'

$result = Invoke-Pester -Configuration $configuration
$expected = @(Get-ChildItem $PSScriptRoot -Filter '*.Tests.ps1').Count
if ($result.Containers.Count -ne $expected) {
    Write-Error "Invoke-Tests.ps1 ran $($result.Containers.Count) of the $expected test files in tests/pester: add the new one to the containers above."
}
# A file that fails before its tests run (a parse error, a failing BeforeAll) counts too: its tests never ran.
exit $result.FailedCount + $result.FailedContainersCount
