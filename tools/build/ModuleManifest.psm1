# Reading and writing the module manifest at build time, shared by Build-Module.ps1, New-ModulePackage.ps1 and the
# package tests. Entries are replaced where they stand (found with the PowerShell parser), so the manifest keeps its
# layout, comments and Chinese text.
using namespace System.Management.Automation.Language

Set-StrictMode -Version Latest

function Get-ModuleVersionText {
    <# The version as Install-PSResource shows it: ModuleVersion, and '-' and the prerelease tag when there is one. #>
    param([Parameter(Mandatory)] [string] $ManifestPath)
    $manifest = Import-PowerShellDataFile -LiteralPath $ManifestPath
    $prerelease = $manifest.PrivateData.PSData['Prerelease']
    if ($prerelease) { "$($manifest.ModuleVersion)-$prerelease" } else { "$($manifest.ModuleVersion)" }
}

function Get-ReleaseNote {
    <# The section of CHANGELOG.md under '## <version>', without its heading; an error when there is none. #>
    param(
        [Parameter(Mandatory)] [string] $ChangelogPath,
        [Parameter(Mandatory)] [string] $Version
    )
    $lines = Get-Content -LiteralPath $ChangelogPath -Encoding utf8
    $heading = '^##\s+\[?' + [regex]::Escape($Version) + '\]?(\s|$)'
    $start = -1
    for ($i = 0; $i -lt $lines.Count; $i++) {
        if ($lines[$i] -match $heading) { $start = $i + 1; break }
    }
    if ($start -lt 0) {
        throw "CHANGELOG.md has no section for version $Version (a heading '## $Version'). Add one saying what changed, then build again."
    }
    $end = $lines.Count
    for ($i = $start; $i -lt $lines.Count; $i++) {
        if ($lines[$i] -match '^##\s') { $end = $i; break }
    }
    $section = if ($end -gt $start) { ($lines[$start..($end - 1)] -join "`n").Trim() } else { '' }
    if (-not $section) { throw "CHANGELOG.md's section for version $Version is empty. Say what changed, then build again." }
    $section
}

function ConvertTo-ManifestLiteral {
    <# A string or an array of strings written as PowerShell data. #>
    param([Parameter(Mandatory)] [AllowEmptyString()] [AllowEmptyCollection()] [object] $Value, [int] $Indent = 4)
    $quote = { param($s) "'" + ($s -replace "'", "''") + "'" }
    if ($Value -is [string]) { return & $quote $Value }
    $pad = ' ' * ($Indent + 4)
    $items = @($Value | ForEach-Object { $pad + (& $quote $_) })
    if ($items.Count -eq 0) { return '@()' }
    "@(`n" + ($items -join "`n") + "`n" + (' ' * $Indent) + ')'
}

function Set-ManifestEntry {
    <#
    Replaces the value of an entry that is already in the manifest: a top-level key, or (with -PSData) a key of
    PrivateData.PSData. The entry must be there (the source manifest holds a placeholder), so nothing is added by
    surprise.
    #>
    param(
        [Parameter(Mandatory)] [string] $ManifestPath,
        [Parameter(Mandatory)] [string] $Key,
        [Parameter(Mandatory)] [AllowEmptyString()] [AllowEmptyCollection()] [object] $Value,
        [switch] $PSData
    )
    $tokens = $null
    $errors = $null
    $ast = [Parser]::ParseFile((Resolve-Path -LiteralPath $ManifestPath).Path, [ref] $tokens, [ref] $errors)
    if ($errors) { throw "The manifest $ManifestPath does not parse: $($errors[0].Message)" }
    $table = $ast.Find({ param($n) $n -is [HashtableAst] }, $false)
    $indent = 4
    if ($PSData) {
        $table = Get-EntryValue (Get-EntryValue $table 'PrivateData' $ManifestPath) 'PSData' $ManifestPath
        $indent = 12
    }
    $old = Get-EntryValue $table $Key $ManifestPath
    $text = $ast.Extent.Text
    $new = $text.Substring(0, $old.Extent.StartOffset) + (ConvertTo-ManifestLiteral $Value -Indent $indent) + $text.Substring($old.Extent.EndOffset)
    [System.IO.File]::WriteAllText((Resolve-Path -LiteralPath $ManifestPath).Path, $new, [System.Text.UTF8Encoding]::new($false))
}

function Get-EntryValue([HashtableAst] $Table, [string] $Key, [string] $ManifestPath) {
    foreach ($pair in $Table.KeyValuePairs) {
        if ($pair.Item1 -is [StringConstantExpressionAst] -and $pair.Item1.Value -eq $Key) {
            return $pair.Item2.PipelineElements[0].Expression
        }
    }
    throw "The manifest $ManifestPath has no entry '$Key' for the build to fill in; put one back (see the source manifest in module/SuggestionDesk.PowerShell)."
}

Export-ModuleMember -Function Get-ModuleVersionText, Get-ReleaseNote, Set-ManifestEntry
