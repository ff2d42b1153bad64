<#
.SYNOPSIS
    Run by Language.Tests.ps1 in a pwsh started under one UI culture: refuses a reply dated before the assignment,
    imports a ledger with a title row and one with a bad date (and shows its errors' table), asks -WhatIf, shows an item's
    table, its deadlines and its history, a due date's explanation,
    and renders the report with a font folder holding no fonts (-Verbose) and with one that does not exist; writes what
    it saw as one RESULT: line
    of JSON (non-ASCII escaped), after the -WhatIf line the host itself writes.
#>
param(
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [Parameter(Mandatory)] [string] $TablePrefix,
    [Parameter(Mandatory)] [string] $Folder
)

$ErrorActionPreference = 'Stop'
[Console]::OutputEncoding = [Text.UTF8Encoding]::new($false)
Import-Module $ModuleManifest
Connect-SuggestionStore -TablePrefix $TablePrefix | Out-Null

New-Suggestion -Number '2021/0347' -Title '关于创新智慧城市建设管理体制机制的建议' -Session '市七届人大一次会议' -LeadProposer '王代表' `
    -Role Lead -Department '规划发展处' -Owner '李四' -AssignedOn 2021-03-05 | Out-Null
Confirm-SuggestionReceipt '2021/0347' -On 2021-03-05 | Out-Null
Set-SuggestionReply '2021/0347' -On 2021-03-01 -ResultClass A -ErrorVariable refused -ErrorAction SilentlyContinue

$ledger = Join-Path $Folder "$TablePrefix.csv"
Set-Content -LiteralPath $ledger -Encoding utf8 -Value @(
    '2021年市人大代表建议办理工作台账'
    '编号,标题,届次,提出人,办理类型,承办部门,责任人,交办日期'
    '2021/0400,关于优化公交线路的建议,市七届人大一次会议,王代表,主办,规划发展处,李四,2021-03-05'
)
Import-Suggestion $ledger -WarningVariable warned -WarningAction SilentlyContinue | Out-Null

$badLedger = Join-Path $Folder "$TablePrefix-bad.csv"
Set-Content -LiteralPath $badLedger -Encoding utf8 -Value @(
    '编号,标题,届次,提出人,办理类型,承办部门,责任人,交办日期'
    '2021/0401,关于增设便民服务点的建议,市七届人大一次会议,王代表,主办,规划发展处,李四,2021-02-30'
)
$badImport = Import-Suggestion $badLedger -ErrorVariable rowErrors -ErrorAction SilentlyContinue -WarningAction SilentlyContinue

Remove-Suggestion '2021/0347' -WhatIf
# The office hands an item to another officer; importing the ledger again would undo it, and -WhatIf says so.
Set-Suggestion '2021/0400' -Owner '王五' | Out-Null
Import-Suggestion $ledger -WhatIf -WarningAction SilentlyContinue | Out-Null

$noFonts = New-Item -ItemType Directory -Path (Join-Path $Folder "$TablePrefix-fonts")
$fontLines = @(New-SuggestionReport -Path (Join-Path $Folder "$TablePrefix.pdf") -FontFolder $noFonts.FullName -Verbose -WarningAction SilentlyContinue 4>&1 |
        Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message)
New-SuggestionReport -Path (Join-Path $Folder "$TablePrefix-2.pdf") -FontFolder (Join-Path $Folder "$TablePrefix-missing") `
    -ErrorVariable fontRefused -ErrorAction SilentlyContinue

$result = [ordered]@{
    UICulture = "$PSUICulture"
    Refusal   = @($refused | ForEach-Object ToString)
    Warnings  = @($warned | ForEach-Object Message)
    RowErrors = @($rowErrors | ForEach-Object { $_.Exception.Message })
    Table     = Get-Suggestion '2021/0347' | Format-Table | Out-String -Width 200
    Deadlines = Get-SuggestionDeadline '2021/0347' | Format-Table | Out-String -Width 200
    ErrorTable = $badImport.Errors | Format-Table | Out-String -Width 200
    History   = Get-SuggestionHistory '2021/0347' | Format-Table | Out-String -Width 200
    DueDate   = Get-SuggestionDueDate -From 2026-09-30 -WorkingDays 3 | Format-List | Out-String -Width 200
    FontLines = $fontLines
    FontRefusal = @($fontRefused | ForEach-Object ToString)
}
'RESULT:' + ($result | ConvertTo-Json -Compress -EscapeHandling EscapeNonAscii)
