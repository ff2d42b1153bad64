<#
.SYNOPSIS
    Runs the end-to-end Pester suite against the built module in artifacts/, in this real pwsh.
.DESCRIPTION
    Called by ./build.sh test after it has built the module, the OtherAzure stand-in and restored Pester.
    Exits with the number of failed tests, so the build fails when one does.
#>
param(
    [Parameter(Mandatory)] [string] $PesterManifest,
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [Parameter(Mandatory)] [string] $OtherAzureModule
)

$ErrorActionPreference = 'Stop'
Import-Module $PesterManifest -Force

$configuration = New-PesterConfiguration
$configuration.Run.Container = New-PesterContainer -Path (Join-Path $PSScriptRoot '*.Tests.ps1') -Data @{
    ModuleManifest   = $ModuleManifest
    OtherAzureModule = $OtherAzureModule
    RepositoryRoot   = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
}
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Detailed'
$configuration.Output.StackTraceVerbosity = 'FirstLine'

$result = Invoke-Pester -Configuration $configuration
exit $result.FailedCount
