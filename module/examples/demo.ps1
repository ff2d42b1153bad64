<#
.SYNOPSIS
    The SuggestionDesk demo: the main job end to end on the local default (Azurite), through the module.
.DESCRIPTION
    Run by ./build.sh demo, which builds the module, starts Azurite and sets $env:SUGGESTIONDESK_STORAGE.
    Imports the sample ledger (modelled on the 2021 report 深政数函〔2021〕87号) and the measures of its items,
    records the contacts with deputies that the report's 主要做法 counts, a few steps of an item's life, shows a stale copy refused, what is due on the calendar, the report's
    figures, and writes the report for the standing committee as PDF (-ReportPath), whose section 三 answers each Lead,
    Sole and Split item point by point. Then the reminders as the sample year's officers would have had them: an
    ordinary Monday (things due soon), the same run again (nothing new), and the last working day before National
    Day 2026 (the warning of what falls due during the break), each written to the outbox folder (-Outbox). With
    -ActionBaseUrl that last run's reminders carry links officers act from (签收, 登记沟通 …), and the demo prints one.
#>
param(
    [string] $ModuleManifest = (Join-Path $PSScriptRoot '../../artifacts/module/SuggestionDesk/SuggestionDesk.psd1'),
    [string] $Ledger = (Join-Path $PSScriptRoot 'ledger-2021.csv'),
    [string] $Measures = (Join-Path $PSScriptRoot 'measures-2021.csv'),
    [string] $TablePrefix = 'demo',
    [string] $Outbox = (Join-Path $PSScriptRoot '../../artifacts/outbox'),
    [string] $ReportPath = (Join-Path $PSScriptRoot '../../artifacts/report.pdf'),
    # Where the action pages are served (./build.sh demo passes the local host's address); none: reminders without links.
    [uri] $ActionBaseUrl,
    # Whether build.sh serves the pages after the demo (./build.sh demo --serve), for the closing words.
    [switch] $Serving
)

$ErrorActionPreference = 'Stop'
Import-Module $ModuleManifest

function Show([string] $title) { Write-Host "`n== $title" -ForegroundColor Cyan }

Show 'Connect to the local store (Azurite)'
Connect-SuggestionStore -TablePrefix $TablePrefix | Format-Table

Show "Import the ledger $(Split-Path $Ledger -Leaf)"
Import-Suggestion -Path $Ledger -By '督办办公室' | Format-List

Show 'Import it again: nothing changes'
Import-Suggestion -Path $Ledger -By '督办办公室' | Format-List Created, Updated, Unchanged

Show 'The Lead, Sole and Split items (主办、承办、分办)'
Get-Suggestion | Where-Object Role -ne 'Joint' | Format-Table -AutoSize | Out-String -Width 200

Show "The points and measures (要点、办理措施), from $(Split-Path $Measures -Leaf)"
Import-SuggestionPoint -Path $Measures -By '督办办公室' | Format-List PointRows, Updated, Invalid
Get-Suggestion | Where-Object Role -eq 'Lead' | Get-SuggestionPoint | Format-Table -AutoSize | Out-String -Width 200
Set-SuggestionPoint 20210347 -Index 2 -Measure ((Get-SuggestionPoint 20210347 -Index 2).Measure + "`n下一步，我局将会同市财政局研究制定政务信息化项目购买服务的操作指引。（示例）") -By '规划发展处'
Get-SuggestionHistory 20210347 | Select-Object -Last 2 | Format-Table -AutoSize | Out-String -Width 200

Show 'Contacts with the deputies in 2021 (沟通) and the items leaders take up (领办)'
Add-SuggestionContact 20210347 -Method 座谈面商 -Phase 办前商谈 -Note '与代表商谈办理方案' -On 2021-03-16 -By '李明'
Add-SuggestionContact 20210347 -Method Phone -Note '电话沟通办理进展' -On 2021-04-20 -By '李明'
Add-SuggestionContact 20210347 -Method Visit -Note '上门征求代表对答复的意见' -On 2021-05-25 -By '李明'
Add-SuggestionContact 20210254 -Method 共同调研 -Note '与代表共同调研老旧社区改造' -On 2021-04-15 -By '王芳'
Add-SuggestionContact 20210254 -Method Phone -Note '电话征询代表意见' -On 2021-06-05 -By '王芳'
Add-SuggestionContact 20210118 -Method Phone -Note '签收当日电话联系代表' -On 2021-03-19 -By '陈刚'
Get-SuggestionContact 20210347 | Format-Table -AutoSize | Out-String -Width 200
Get-Suggestion -Priority 重点, 热点 | Format-Table Number, Title, LeadingOfficial, PriorityChinese -AutoSize | Out-String -Width 200

Show 'A new item this year: sign for, a visit to the deputy, an extension'
$item = New-Suggestion -Number '2026/0012' -Title '关于推进公共数据开放共享的建议' -Session '市八届人大三次会议' `
    -LeadProposer '周代表' -CoSigners '吴代表' -Role Lead -Department '数据资源处' -Owner '王芳' -OwnerEmail 'wangfang@example.gov.cn' `
    -AssignedOn 2026-09-30 -Topics '大数据', '数字政府' -By '督办办公室'
$item | Confirm-SuggestionReceipt -On 2026-10-09 -By '王芳'
Add-SuggestionContact '2026/0012' -Method Visit -Note '上门拜访代表，商谈办理措施' -On 2026-10-20 -By '王芳'
Get-SuggestionDeadline '2026/0012' -AsOf 2026-11-27 | Format-Table -AutoSize | Out-String -Width 200

Show 'A stale copy is refused, not silently overwritten'
$stale = Get-Suggestion '2026/0012'
Get-Suggestion '2026/0012' | Set-Suggestion -Owner '赵磊' -By '督办办公室'
$stale | Set-Suggestion -Owner '孙敏' -By '数据资源处' -ErrorAction SilentlyContinue -ErrorVariable refused
Write-Host "Refused ($($refused[0].CategoryInfo.Category)): $($refused[0].Exception.Message)"
Get-SuggestionHistory '2026/0012' | Format-Table -AutoSize | Out-String -Width 200

Show 'Due dates on the Chinese working-day calendar'
Get-SuggestionDueDate -From 2026-09-30 -WorkingDays 3 | Format-List DueOn, Explanation, ExplanationChinese
Get-SuggestionDueDate -From 2026-12-01 -Months 3 | Format-List DueOn, Provisional, ExplanationChinese

Show 'The report''s figures for 2021 (基本情况), as of the report''s date'
Get-SuggestionSummary -Session '市七届人大一次会议' -AsOf 2021-09-28
(Get-SuggestionSummary -AsOf 2021-09-28).ByDepartment | Format-Table

Show "The report for the standing committee (2021), written to $ReportPath"
New-SuggestionReport -Path $ReportPath -From 2020-01-01 -To 2021-12-31 -AsOf 2021-09-28 `
    -Issuer '深圳市政务服务数据管理局' -DocumentNumber '深政数函〔2021〕87号' -NarrativePath (Join-Path $PSScriptRoot 'narrative-2021.md') |
    Format-Table Name, Length, Pages, Items -AutoSize | Out-String -Width 200

Show 'The rest of the sample year: the last evaluations, and the follow-up a class B reply promised (跟踪办理)'
Set-SuggestionEvaluation 20210198 -Result Satisfied -On 2021-10-12 -By '督办办公室' | Out-Null
Set-SuggestionEvaluation 20210402 -Result BasicallySatisfied -On 2021-10-20 -By '督办办公室' | Out-Null
Set-SuggestionReply 20210254 -FollowUp -ResultClass A -RepliedOn 2021-11-26 -Text '老旧社区智慧化改造试点已完成，已向代表书面反馈。' -By '数据资源处' | Out-Null
'20210198', '20210254', '20210402' | ForEach-Object { Get-Suggestion $_ } | Format-Table -AutoSize | Out-String -Width 200

Show "Reminders and the weekly digest in an ordinary week of the sample year (Monday 2021-04-12), written to the outbox $Outbox"
Set-SuggestionDirectory -Office -Mailbox duban@example.gov.cn | Out-Null
Set-SuggestionDirectory 规划发展处 head.planning@example.gov.cn | Out-Null
Set-SuggestionDirectory 数据资源处 head.data@example.gov.cn | Out-Null
Set-SuggestionDirectory 政务服务处 head.service@example.gov.cn | Out-Null
Send-SuggestionReminder -AsOf 2021-04-12 -OutboxPath $Outbox | Format-Table -AutoSize | Out-String -Width 200
Write-Host 'Running it again the same day sends nothing new:'
@(Send-SuggestionReminder -AsOf 2021-04-12 -OutboxPath $Outbox).Count

Show 'The last working day before National Day 2026 (国庆节假期前提醒): what falls due during the break or just after it'
$links = if ($ActionBaseUrl) { @{ ActionBaseUrl = $ActionBaseUrl } } else { @{} }
$sent = Send-SuggestionReminder -AsOf 2026-09-30 -OutboxPath $Outbox @links
$sent | Format-Table -AutoSize | Out-String -Width 200
Get-ChildItem $Outbox -Filter *.eml | Select-Object Name, Length | Format-Table -AutoSize | Out-String -Width 200

if ($ActionBaseUrl) {
    Show 'Acting from the mail: the links the reminders carry'
    $sent.Items | Sort-Object -Unique | Get-SuggestionActionLink | Format-Table -AutoSize | Out-String -Width 200
    $withLinks = $sent | Where-Object Text -match '/act/' | Select-Object -First 1
    if (-not $withLinks) { throw 'No reminder of the run carries a link: the demo''s items allow no step today.' }
    $line = ($withLinks.Text -split "`n" | Where-Object { $_ -match '/act/' } | Select-Object -First 1).Trim()
    Write-Host "One link, from the message to $($withLinks.Recipient): $line"
    if ($Serving) {
        Write-Host 'Open it in a browser once the pages are served below: it shows the item and a form; sending the form records the step, once, marked "via mail link" (Get-SuggestionHistory -ViaMailLink).'
    }
    else {
        Write-Host 'To open it, run ./build.sh demo --serve: the demo runs again on a fresh Azurite and then serves the pages at that address until Ctrl+C (the store lives only while build.sh runs).'
    }
}

Show 'Export the ledger back'
$export = Join-Path ([IO.Path]::GetTempPath()) "suggestiondesk-demo-$([guid]::NewGuid().ToString('N').Substring(0, 8)).xlsx"
Export-Suggestion -Path $export -ChineseHeaders | Format-Table Name, Length
Remove-Item $export
