<#
.SYNOPSIS
    Builds the importable SuggestionDesk module folder (what ./build.sh module and ./build.ps1 module run).
.DESCRIPTION
    SuggestionDesk.dll (the cmdlets), its manifest and formats at the top with LICENSE, THIRD-PARTY-NOTICES and
    CHANGELOG.md; its help and about topics in en-US/ and zh-CN/; everything it loads (our libraries, the Azure SDK, ...) and the report's fonts with their
    licences in dependencies/, where only the module's own load context looks. The manifest gets its FileList (every
    file, as built), its LicenseUri (from ProjectUri) and its ReleaseNotes (CHANGELOG.md's section for the version).
    Works the same on Windows, macOS and Linux: it needs only the .NET SDK.
#>
param(
    [string] $Output = (Join-Path $PSScriptRoot '../../artifacts/module/SuggestionDesk'),
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
Import-Module (Join-Path $PSScriptRoot 'ModuleManifest.psm1') -Force

$root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
$Output = [System.IO.Path]::GetFullPath($Output)
$stage = Join-Path $root 'artifacts/obj/module'

function Invoke-Dotnet {
    & dotnet @args
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed (exit code $LASTEXITCODE)." }
}

foreach ($folder in $Output, $stage) {
    if (Test-Path -LiteralPath $folder) { Remove-Item -LiteralPath $folder -Recurse -Force }
}
Invoke-Dotnet publish (Join-Path $root 'module/SuggestionDesk.PowerShell') --configuration $Configuration --output $stage --nologo -v quiet

$dependencies = Join-Path $Output 'dependencies'
New-Item -ItemType Directory -Path $dependencies -Force | Out-Null
foreach ($file in 'SuggestionDesk.dll', 'SuggestionDesk.pdb', 'SuggestionDesk.psd1', 'SuggestionDesk.format.ps1xml') {
    Copy-Item -LiteralPath (Join-Path $stage $file) -Destination $Output
}
Get-ChildItem -LiteralPath $stage -Filter '*.dll' -File | Where-Object Name -ne 'SuggestionDesk.dll' |
    Copy-Item -Destination $dependencies
# Platform-specific builds of some dependencies (the runtime picks them from the deps file's rules).
if (Test-Path -LiteralPath (Join-Path $stage 'runtimes')) {
    Copy-Item -LiteralPath (Join-Path $stage 'runtimes') -Destination $dependencies -Recurse
}
# Chinese messages (docs/messages.md): each assembly's zh/ satellite beside it, where resource lookup looks for it
# (every zh-* UI culture falls back to zh): the module's own at the top, our libraries' in dependencies/.
$satellites = Join-Path $stage 'zh'
if (Test-Path -LiteralPath $satellites) {
    New-Item -ItemType Directory -Path (Join-Path $Output 'zh'), (Join-Path $dependencies 'zh') -Force | Out-Null
    foreach ($satellite in Get-ChildItem -LiteralPath $satellites -Filter '*.resources.dll' -File) {
        $beside = if ($satellite.Name -eq 'SuggestionDesk.resources.dll') { $Output } else { $dependencies }
        Copy-Item -LiteralPath $satellite.FullName -Destination (Join-Path $beside 'zh')
    }
}
# The report's fonts and their licences, beside SuggestionDesk.Pdf.dll where it looks for them.
Copy-Item -LiteralPath (Join-Path $stage 'fonts') -Destination $dependencies -Recurse
foreach ($file in 'LICENSE', 'THIRD-PARTY-NOTICES', 'CHANGELOG.md') {
    Copy-Item -LiteralPath (Join-Path $root $file) -Destination $Output
}

# Help and about topics in a folder per language (en-US/, zh-CN/): Get-Help reads the folder of $PSUICulture, then
# of its parent cultures, then en-US. The tool writes <Output>/<culture>/SuggestionDesk.dll-Help.xml for each folder
# of module/docs and fails when a cmdlet, parameter, example or about topic is missing in one language.
Invoke-Dotnet run --project (Join-Path $root 'module/tools/SuggestionDesk.HelpBuilder') --configuration $Configuration -- `
    (Join-Path $root 'module/docs') (Join-Path $Output 'SuggestionDesk.dll-Help.xml') --assembly (Join-Path $Output 'SuggestionDesk.dll')

$manifest = Join-Path $Output 'SuggestionDesk.psd1'
$version = Get-ModuleVersionText -ManifestPath $manifest
$projectUri = (Import-PowerShellDataFile -LiteralPath $manifest).PrivateData.PSData.ProjectUri
Set-ManifestEntry -ManifestPath $manifest -PSData -Key LicenseUri -Value ($projectUri.TrimEnd('/') + '/blob/main/LICENSE')
Set-ManifestEntry -ManifestPath $manifest -PSData -Key ReleaseNotes -Value (Get-ReleaseNote -ChangelogPath (Join-Path $root 'CHANGELOG.md') -Version $version)
# Forward slashes: PowerShell resolves them on every OS (a backslash is part of a file name on Linux and macOS).
[string[]] $files = Get-ChildItem -LiteralPath $Output -Recurse -File |
    ForEach-Object { [System.IO.Path]::GetRelativePath($Output, $_.FullName).Replace('\', '/') }
[array]::Sort($files, [System.StringComparer]::Ordinal)
Set-ManifestEntry -ManifestPath $manifest -Key FileList -Value $files

Write-Host "SuggestionDesk $version built into $Output ($($files.Count) files)"
