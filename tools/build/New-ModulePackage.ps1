<#
.SYNOPSIS
    Packs the built module folder into SuggestionDesk.<version>.nupkg, shaped as the PowerShell Gallery serves modules
    (what ./build.sh package and ./build.ps1 package run).
.DESCRIPTION
    Uses PSResourceGet's Compress-PSResource (PSResourceGet 1.1 or later; the pinned pwsh 7.6.9 carries 1.2.0), which
    checks the manifest and writes the package's nuspec from it: id, version with the prerelease tag, licenseUrl,
    projectUrl, releaseNotes, tags. Older SuggestionDesk packages in the destination are removed, so it holds the
    one just built. The package installs with Install-PSResource from a folder, a file share or a gallery.

    -PassThru returns the package file. -Version packs a copy of the module under another version (ModuleVersion and prerelease tag), as a later build
    would be: the tests use it to check Update-PSResource.
#>
param(
    [string] $ModulePath = (Join-Path $PSScriptRoot '../../artifacts/module/SuggestionDesk'),
    [string] $DestinationPath = (Join-Path $PSScriptRoot '../../artifacts/packages'),
    [string] $Version,
    [switch] $PassThru
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
Import-Module (Join-Path $PSScriptRoot 'ModuleManifest.psm1') -Force
Import-Module Microsoft.PowerShell.PSResourceGet -MinimumVersion 1.1.0

$ModulePath = [System.IO.Path]::GetFullPath($ModulePath)
$DestinationPath = [System.IO.Path]::GetFullPath($DestinationPath)
if (-not (Test-Path -LiteralPath (Join-Path $ModulePath 'SuggestionDesk.psd1'))) {
    throw "No built module in ${ModulePath}: build it first (./build.sh module or ./build.ps1 module)."
}

$copy = $null
try {
    if ($Version) {
        if ($Version -notmatch '^(\d+\.\d+\.\d+)(?:-([A-Za-z0-9]+))?$') {
            throw "The version '$Version' is not of the form 1.2.3 or 1.2.3-preview1 (a prerelease tag of letters and digits only)."
        }
        $copy = Join-Path ([System.IO.Path]::GetTempPath()) ('suggestiondesk-pack-' + [guid]::NewGuid().ToString('N'))
        Copy-Item -LiteralPath $ModulePath -Destination (Join-Path $copy 'SuggestionDesk') -Recurse
        $ModulePath = Join-Path $copy 'SuggestionDesk'
        $manifest = Join-Path $ModulePath 'SuggestionDesk.psd1'
        Set-ManifestEntry -ManifestPath $manifest -Key ModuleVersion -Value $Matches[1]
        Set-ManifestEntry -ManifestPath $manifest -PSData -Key Prerelease -Value ([string] $Matches[2])
    }

    $packageVersion = Get-ModuleVersionText -ManifestPath (Join-Path $ModulePath 'SuggestionDesk.psd1')
    New-Item -ItemType Directory -Path $DestinationPath -Force | Out-Null
    Get-ChildItem -LiteralPath $DestinationPath -Filter 'SuggestionDesk.*.nupkg' | Remove-Item -Force
    Compress-PSResource -Path $ModulePath -DestinationPath $DestinationPath

    $package = Join-Path $DestinationPath "SuggestionDesk.$packageVersion.nupkg"
    if (-not (Test-Path -LiteralPath $package)) {
        throw "Compress-PSResource did not write $package (found: $((Get-ChildItem -LiteralPath $DestinationPath).Name -join ', '))."
    }
    $file = Get-Item -LiteralPath $package
    Write-Host ('SuggestionDesk {0} packed into {1} ({2:N1} MB)' -f $packageVersion, $file.FullName, ($file.Length / 1MB))
    if ($PassThru) { $file }
}
finally {
    if ($copy) { Remove-Item -LiteralPath $copy -Recurse -Force -ErrorAction SilentlyContinue }
}
