# End-to-end: the module as users get it (artifacts/module/SuggestionDesk), imported in a real pwsh beside
# another module that brings an older Azure.Core, against the Azurite that build.sh started.
param(
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [Parameter(Mandatory)] [string] $OtherAzureModule,
    [Parameter(Mandatory)] [string] $RepositoryRoot
)

BeforeAll {
    # A module like Az.Accounts loads its Azure.Core into the default load context first.
    Import-Module $OtherAzureModule
    $script:otherAzureCore = Get-OtherAzureCore
    Import-Module $ModuleManifest
    $script:prefix = 'pester' + [guid]::NewGuid().ToString('N').Substring(0, 10)
    Connect-SuggestionStore -TablePrefix $script:prefix | Out-Null

    function New-TestItem([string] $Number, [string] $Role = 'Lead', [string] $AssignedOn = '2026-11-02') {
        New-Suggestion -Number $Number -Title '关于创新智慧城市和数字政府建设管理体制机制的建议' -Session '市七届人大一次会议' `
            -LeadProposer '王代表' -Role $Role -Department '规划发展处' -Owner '李四' -OwnerEmail 'lisi@example.gov.cn' -AssignedOn $AssignedOn
    }
}

Describe 'Importing beside other Azure modules' {
    It 'works while another module holds a different Azure.Core in the default load context' {
        New-TestItem '2021/0347' | Out-Null
        (Get-Suggestion '2021/0347').Number.Value | Should -Be '2021/0347'

        $loaded = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'Azure.Core' }
        $versions = @($loaded | ForEach-Object { $_.GetName().Version.ToString() } | Sort-Object -Unique)
        $versions.Count | Should -BeGreaterOrEqual 2
        $versions | Should -Contain $script:otherAzureCore
    }

    It 'loads its own libraries only in its own load context' {
        $default = [System.Runtime.Loader.AssemblyLoadContext]::Default.Assemblies.GetName().Name
        $default | Should -Contain 'SuggestionDesk'
        $default | Should -Not -Contain 'SuggestionDesk.Core'
        $default | Should -Not -Contain 'Azure.Data.Tables'
    }
}

Describe 'Importing again' {
    It 'works after Import-Module -Force and after Remove-Module, before and after the store was first used' {
        New-TestItem '2021/9001' | Out-Null
        # A fresh pwsh (a background job is its own process), so nothing of the module is loaded before the first import.
        $job = Start-Job -ArgumentList $ModuleManifest, $env:SUGGESTIONDESK_STORAGE, $script:prefix -ScriptBlock {
            param($manifest, $storage, $prefix)
            $ErrorActionPreference = 'Stop'
            Import-Module $manifest
            Import-Module $manifest -Force
            Remove-Module SuggestionDesk
            Import-Module $manifest
            Connect-SuggestionStore -ConnectionString $storage -TablePrefix $prefix | Out-Null
            (Get-Suggestion '2021/9001').Number.Value
            Import-Module $manifest -Force
            Connect-SuggestionStore -ConnectionString $storage -TablePrefix $prefix | Out-Null
            (Get-Suggestion '2021/9001').Owner
        }
        $result = $job | Receive-Job -Wait -AutoRemoveJob -ErrorAction Stop

        $result | Should -Be @('2021/9001', '李四')
    }
}

Describe 'Completion from the first Tab' {
    It 'completes numbers, departments and sessions from the default store right after Import-Module' {
        # An item in the default store ($env:SUGGESTIONDESK_STORAGE, prefix sd), written over a connection of its own.
        $default = Connect-SuggestionStore -TablePrefix sd -ReturnConnection
        $number = '1999/' + (Get-Random -Minimum 1000 -Maximum 9999)
        New-Suggestion -Number $number -Title '关于补全的建议' -Session '首次补全测试会议' -LeadProposer '王代表' -Role Lead `
            -Department '补全测试处' -Owner '赵六' -AssignedOn 2026-11-02 -Connection $default | Out-Null
        # A fresh pwsh that never ran Connect-SuggestionStore nor any other command of the module.
        $job = Start-Job -ArgumentList $ModuleManifest, $number -ScriptBlock {
            param($manifest, $number)
            Import-Module $manifest
            function Complete([string] $line) { (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText }
            [pscustomobject]@{
                Numbers     = @(Complete "Get-Suggestion $number")
                Departments = @(Complete 'Get-Suggestion -Department 补全')
                Sessions    = @(Complete 'Get-Suggestion -Session 首次补全')
                Owners      = @(Complete 'Get-Suggestion -Owner 赵')
            }
        }
        $result = $job | Receive-Job -Wait -AutoRemoveJob -ErrorAction Stop

        $result.Numbers | Should -Be @("'$number'")
        $result.Departments | Should -Be @('补全测试处')
        $result.Sessions | Should -Be @('首次补全测试会议')
        $result.Owners | Should -Contain '赵六'
    }
}

Describe 'Help' {
    BeforeDiscovery {
        $script:cmdlets = (Import-PowerShellDataFile $ModuleManifest).CmdletsToExport
    }

    It '<_> has a synopsis, a description, parameter help and an example' -ForEach $script:cmdlets {
        $help = Get-Help $_ -Full
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -Match '^\s*\S+-Suggestion\S*\s*\['
        @($help.Examples.Example).Count | Should -BeGreaterOrEqual 1
        @($help.Examples.Example)[0].Code | Should -Not -BeNullOrEmpty
        ($help.Description | Out-String).Trim() | Should -Not -BeNullOrEmpty
    }
}

Describe 'Changing items safely' {
    It 'refuses a stale piped copy with a conflict naming the item, and -Force overrides' {
        New-TestItem 'stale-1' | Out-Null
        $stale = Get-Suggestion 'stale-1'
        Get-Suggestion 'stale-1' | Set-Suggestion -Owner '王五'

        $stale | Set-Suggestion -Owner '赵六' -ErrorVariable conflict -ErrorAction SilentlyContinue
        $conflict[0].FullyQualifiedErrorId | Should -BeLike 'SuggestionConflict*'
        $conflict[0].TargetObject | Should -Be 'stale-1'
        (Get-Suggestion 'stale-1').Owner | Should -Be '王五'

        $stale | Set-Suggestion -Owner '赵六' -Force
        (Get-Suggestion 'stale-1').Owner | Should -Be '赵六'
    }

    It '-WhatIf changes nothing' {
        New-TestItem 'whatif-1' | Out-Null
        Get-Suggestion 'whatif-1' | Confirm-SuggestionReceipt -On 2026-11-03 -WhatIf
        Remove-Suggestion 'whatif-1' -WhatIf
        (Get-Suggestion 'whatif-1').Status | Should -Be 'Assigned'
        @(Get-SuggestionHistory 'whatif-1').Count | Should -Be 1
    }
}

Describe 'The deadline policy' {
    BeforeAll {
        # Tables of its own, so the other tests keep the default policy.
        $script:policyStore = Connect-SuggestionStore -TablePrefix ('pesterdl' + [guid]::NewGuid().ToString('N').Substring(0, 8)) -ReturnConnection
        New-Suggestion -Connection $script:policyStore -Number '2026/0100' -Title '关于优化企业开办的建议' -Session '市八届人大一次会议' `
            -LeadProposer '王代表' -Role Lead -Department '政务服务处' -Owner '陈刚' -OwnerEmail 'chengang@example.gov.cn' -AssignedOn 2026-07-01 | Out-Null
        Confirm-SuggestionReceipt '2026/0100' -On 2026-07-02 -Connection $script:policyStore

        function Get-ReplyDue {
            $reply = Get-SuggestionDeadline '2026/0100' -Connection $script:policyStore | Where-Object Clock -EQ 'Reply'
            $reply.Due.ToString('yyyy-MM-dd')
        }
    }

    It 'moves the due date and what is overdue from the next command after a rule changes' {
        Get-ReplyDue | Should -Be '2026-10-08'
        Get-Suggestion -Overdue -AsOf 2026-09-15 -Connection $script:policyStore | Should -BeNullOrEmpty

        Set-SuggestionDeadlinePolicy 答复 -Months 2 -Connection $script:policyStore | Out-Null

        Get-ReplyDue | Should -Be '2026-09-01'
        (Get-Suggestion -Overdue -AsOf 2026-09-15 -Connection $script:policyStore).Number.Value | Should -Be '2026/0100'
        Set-SuggestionDeadlinePolicy -Reset -Connection $script:policyStore | Out-Null
        Get-ReplyDue | Should -Be '2026-10-08'
    }

    It 'refuses a bad value naming it and keeps the policy' {
        Set-SuggestionDeadlinePolicy Reply -WorkingDays -3 -Connection $script:policyStore -ErrorVariable bad -ErrorAction SilentlyContinue

        $bad[0].Exception.Message | Should -BeLike '*-3 working days*'
        # A word of no role stops the command while its parameters are bound, before anything is read.
        { Set-SuggestionDeadlinePolicy Reply -Months 2 -Role 督办 -Connection $script:policyStore } | Should -Throw -ExpectedMessage "*'督办' is not a handling role*"
        (Get-SuggestionDeadlinePolicy -Connection $script:policyStore).IsDefault | Should -BeTrue
    }

    It 'shows its rules in the UI culture''s language (English here), and keeps both in RulesText' {
        $policy = Get-SuggestionDeadlinePolicy -Connection $script:policyStore
        $shown = $policy | Out-String

        $shown | Should -BeLike '*reply: 3 months*'
        $shown | Should -BeLike '*FollowUpDefault*the end of the year*'
        $shown | Should -Not -BeLike '*答复*'
        $policy.RulesText | Should -BeLike '*答复：3个月  reply: 3 months*'
    }
}

Describe 'Default views' {
    It 'shows an item in the UI culture''s language in Format-List (English here), with dates as yyyy-MM-dd' {
        New-TestItem 'list-1' | Out-Null
        $text = Get-Suggestion 'list-1' | Format-List | Out-String
        $text | Should -Match 'Status\s+: Assigned'
        $text | Should -Match 'AssignedOn\s+: 2026-11-02'
        $text | Should -Not -Match 'Version|PendingHistory|System\.Collections'
    }

    It 'lines up Chinese text in the suggestion table' {
        New-TestItem 'view-1' -Role Joint | Out-Null
        $lines = (Get-Suggestion 'view-1' | Format-Table | Out-String -Width 200) -split "`n" | Where-Object { $_.Trim() }
        $header = $lines | Where-Object { $_ -match '^Number' } | Select-Object -First 1
        $row = $lines | Where-Object { $_ -match '^view-1' } | Select-Object -First 1
        # The Status column starts at the same screen column in the header and in a row full of wide characters.
        $headerCells = $Host.UI.RawUI.LengthInBufferCells($header.Substring(0, $header.IndexOf('Status')))
        $rowCells = $Host.UI.RawUI.LengthInBufferCells($row.Substring(0, $row.IndexOf('Assigned')))
        $rowCells | Should -Be $headerCells
        $row | Should -Match '\bJoint\b'
    }

    It 'shows what is due next in the table, and keeps it through Select-Object, Export-Csv, serialization and another runspace' {
        New-TestItem 'due-1' | Out-Null
        $item = Get-Suggestion 'due-1' -AsOf 2026-11-20

        $row = ($item | Format-Table | Out-String -Width 200) -split "`n" | Where-Object { $_ -match '^due-1' }
        $row | Should -Match '2026-11-05\s+SignFor overdue by 11 working days'
        $selected = $item | Select-Object Number, NextClock, NextDue, DueStatus, Provisional
        $selected.NextClock | Should -Be 'SignFor'
        $selected.NextDue | Should -Be ([DateOnly]::new(2026, 11, 5))
        $selected.Provisional | Should -BeFalse
        $csv = Join-Path $TestDrive 'due.csv'
        $item | Export-Csv -Path $csv
        $exported = Import-Csv -Path $csv
        $exported.RoleChinese | Should -Be '主办'
        $exported.NextClockChinese | Should -Be '签收'
        $exported.DueStatus | Should -Be 'overdue by 11 working days'
        $exported.DueStatusChinese | Should -Be '已逾期11个工作日'
        # Serialized (as jobs and remoting do), the columns travel as values.
        $copy = [System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize($item))
        $copy.DueStatusChinese | Should -Be '已逾期11个工作日'
        # Another runspace writes them as they are, and reads them once it imports the module (Get-Help Get-Suggestion).
        $inJob = Start-ThreadJob { $using:item | ConvertTo-Csv } | Receive-Job -Wait -AutoRemoveJob
        $inJob[1] | Should -Match '"签收","2026-11-05","overdue by 11 working days"'
        $inJob[1] | Should -Match '"Assigned","已交办"'
        $inJob[0] | Should -Not -Match 'Version|PendingHistory'
        $manifest = $ModuleManifest
        $item | ForEach-Object -Parallel { Import-Module $using:manifest; $_.DueStatusChinese } | Should -Be '已逾期11个工作日'
    }
}

Describe 'Importing ledgers' {
    BeforeEach {
        # Each case on fresh tables, as a new office would start.
        Connect-SuggestionStore -TablePrefix ('ledger' + [guid]::NewGuid().ToString('N').Substring(0, 10)) | Out-Null
    }

    AfterAll {
        Connect-SuggestionStore -TablePrefix $script:prefix | Out-Null
    }

    It 'reads a GBK ledger with Chinese headers and gives the seed report''s figures' {
        $gbk = Join-Path $RepositoryRoot 'tests/SuggestionDesk.Spreadsheets.Tests/Data/ledger-2021-gbk.csv'
        $result = Import-Suggestion -Path $gbk
        $result.Created | Should -Be 24
        $summary = Get-SuggestionSummary -AsOf 2021-09-28
        $summary.Total | Should -Be 24
        @($summary.Lead, $summary.Sole, $summary.Split, $summary.Joint) | Should -Be @(3, 1, 1, 19)
        @($summary.EvaluationRequired, $summary.EvaluationReceived, $summary.Satisfied) | Should -Be @(5, 3, 3)
        (Get-Suggestion 20210347).Title | Should -Be '关于创新智慧城市和数字政府建设管理体制机制的建议'
    }

    It 'reads a ledger as an office keeps it: GBK, a title row, 序号, Joint rows with no class, an Alt+Enter title, notes' {
        $office = Join-Path $TestDrive 'office.csv'
        $lines = @(
            '2021年市人大代表建议办理工作台账,,,,,,,,,,,,'
            '序号,建议编号,建议标题,届次,领衔代表,"办理'
            '类型",主办单位,承办处室,责任人,交办日期,签收日期,答复日期,"办理结果（A/B/C/D）"'
            '1,20210347,"关于创新智慧城市和数字政府'
            '建设管理体制机制的建议",市七届人大一次会议,陈代表、刘代表,主办,,规划发展处,李明,2021/3/15,2021/3/16,2021/5/20,A'
            '2,20210012,关于加快新型基础设施建设的建议,市七届人大一次会议,宋代表,汇办,市发展改革委,基础设施处,孙敏,2021/3/15,2021/3/16,2021/4/9,'
            ',,,,,,,,,,,,'
            '填表人：张三,,,,,,,,,,,,'
        )
        [System.IO.File]::WriteAllText($office, ($lines -join "`r`n") + "`r`n", [System.Text.Encoding]::GetEncoding(936))

        $result = Import-Suggestion -Path $office -WarningVariable notes -WarningAction SilentlyContinue
        $result.Created | Should -Be 2
        $result.Invalid | Should -Be 0
        $notes.Count | Should -Be 3
        $notes[0].Message | Should -BeLike '*Row 1: looks like a title*the headers are on row 2*'
        $notes[2].Message | Should -BeLike '*looks like a note (''填表人：张三'')*'
        (Get-Suggestion 20210347).Title | Should -Be '关于创新智慧城市和数字政府建设管理体制机制的建议'
        (Get-Suggestion 20210012).PSObject.BaseObject.LastReply.ResultClass | Should -BeNullOrEmpty

        $again = Import-Suggestion -Path $office -WarningAction SilentlyContinue
        @($again.Created, $again.Unchanged) | Should -Be @(0, 2)
    }

    It 'reads an .xlsx ledger' {
        Import-Suggestion -Path (Join-Path $RepositoryRoot 'module/examples/ledger-2021.csv') | Out-Null
        $xlsx = Join-Path $TestDrive 'ledger.xlsx'
        Export-Suggestion -Path $xlsx -ChineseHeaders | Out-Null

        Connect-SuggestionStore -TablePrefix ('xlsx' + [guid]::NewGuid().ToString('N').Substring(0, 10)) | Out-Null
        (Import-Suggestion -Path $xlsx).Created | Should -Be 24
        (Get-SuggestionSummary -AsOf 2021-09-28).Joint | Should -Be 19
    }

    It 'writes nothing from a file with bad rows and reports each of them' {
        $bad = Join-Path $TestDrive 'bad.csv'
        @(
            '编号,标题,届次,提出人,办理类型,承办部门,责任人,责任人邮箱,交办日期'
            '2026-1,好的建议,市八届人大三次会议,王代表,主办,规划发展处,李四,lisi@example.gov.cn,2026-03-02'
            '2026-2,坏的日期,市八届人大三次会议,王代表,主办,规划发展处,李四,lisi@example.gov.cn,2026年2月30日'
            '2026-3,坏的邮箱,市八届人大三次会议,王代表,会办,规划发展处,李四,lisi at example,2026-03-02'
        ) | Set-Content -Path $bad -Encoding utf8BOM

        $result = Import-Suggestion -Path $bad -ErrorVariable rowErrors -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
        $result.Refused | Should -BeTrue
        $rowErrors.Count | Should -Be 2
        $rowErrors[0].Exception.Message | Should -Match 'Row 3'
        $rowErrors[1].Exception.Message | Should -Match 'Row 4'
        @(Get-Suggestion).Count | Should -Be 0
    }

    It 'changes nothing when the same file is imported again' {
        $ledger = Join-Path $RepositoryRoot 'module/examples/ledger-2021.csv'
        Import-Suggestion -Path $ledger | Out-Null
        $again = Import-Suggestion -Path $ledger
        $again.Unchanged | Should -Be 24
        $again.Created + $again.Updated | Should -Be 0
    }
}

Describe 'Points and measures' {
    BeforeAll {
        Connect-SuggestionStore -TablePrefix ('points' + [guid]::NewGuid().ToString('N').Substring(0, 10)) | Out-Null
        Import-Suggestion -Path (Join-Path $RepositoryRoot 'module/examples/ledger-2021.csv') | Out-Null
        $script:pointsFolder = Join-Path ([IO.Path]::GetTempPath()) ('sd-pester-points-' + [guid]::NewGuid().ToString('N').Substring(0, 8))
        New-Item -ItemType Directory -Path $script:pointsFolder | Out-Null
    }

    AfterAll {
        Remove-Item -Recurse -Force $script:pointsFolder
        Connect-SuggestionStore -TablePrefix $script:prefix | Out-Null
    }

    It 'imports the sample''s measures and lists them point by point' {
        $result = Import-SuggestionPoint -Path (Join-Path $RepositoryRoot 'module/examples/measures-2021.csv') -By '督办办公室'
        @($result.PointRows, $result.Updated, $result.Invalid) | Should -Be @(9, 5, 0)

        $points = @(Get-SuggestionPoint 20210347)
        $points.Index | Should -Be @(1, 2)
        $points[0].Point | Should -Be '探索“建管分离”“运管分离”顶层设计'
        $points[1].Measure.Split("`n").Count | Should -Be 3
        ($points | Out-String -Width 200) | Should -Match '\(paragraphs: 1, characters: \d+\)'
        (Get-SuggestionHistory 20210347 | Select-Object -Last 1).Summary | Should -Be 'AddPoint 2: 优化智慧城市和数字政府建设模式'
    }

    It 'sets a point only when asked, and refuses a change to a point read before someone else''s' {
        $stale = Get-SuggestionPoint 20210198 -Index 1
        Set-SuggestionPoint 20210198 -Index 3 -Point '加强平台数据安全（示例）' -WhatIf
        @(Get-SuggestionPoint 20210198).Count | Should -Be 2

        Set-SuggestionPoint 20210198 -Index 3 -Point '加强平台数据安全（示例）' -Measure "建立数据分级分类保护制度。`n开展年度安全评估。"
        $stale | Set-SuggestionPoint -Measure '旧副本上的修改' -ErrorVariable refused -ErrorAction SilentlyContinue
        $refused[0].CategoryInfo.Category | Should -Be 'ResourceBusy'
        (Get-SuggestionPoint 20210198 -Index 1).Measure | Should -Not -Be '旧副本上的修改'

        Remove-SuggestionPoint 20210198 -Index 3
        @(Get-SuggestionPoint 20210198).Count | Should -Be 2
    }

    It 'carries the measures through a workbook''s sheet 办理措施 and through Export-Csv' {
        $xlsx = Join-Path $script:pointsFolder 'ledger.xlsx'
        $csv = Join-Path $script:pointsFolder 'measures.csv'
        Export-Suggestion -Path $xlsx -ChineseHeaders | Out-Null
        Get-Suggestion | Get-SuggestionPoint | Export-Csv -Path $csv -NoTypeInformation -Encoding utf8BOM
        $expected = Get-Suggestion | Get-SuggestionPoint | ForEach-Object { '{0}|{1}|{2}|{3}' -f $_.Number, $_.Index, $_.Point, $_.Measure }

        Connect-SuggestionStore -TablePrefix ('pointsxlsx' + [guid]::NewGuid().ToString('N').Substring(0, 8)) | Out-Null
        $imported = Import-Suggestion -Path $xlsx
        @($imported.Created, $imported.PointRows, $imported.Invalid) | Should -Be @(24, 9, 0)
        Get-Suggestion | Get-SuggestionPoint | ForEach-Object { '{0}|{1}|{2}|{3}' -f $_.Number, $_.Index, $_.Point, $_.Measure } | Should -Be $expected

        Connect-SuggestionStore -TablePrefix ('pointscsv' + [guid]::NewGuid().ToString('N').Substring(0, 8)) | Out-Null
        Import-Suggestion -Path (Join-Path $RepositoryRoot 'module/examples/ledger-2021.csv') | Out-Null
        (Import-SuggestionPoint -Path $csv).Updated | Should -Be 5
        Get-Suggestion | Get-SuggestionPoint | ForEach-Object { '{0}|{1}|{2}|{3}' -f $_.Number, $_.Index, $_.Point, $_.Measure } | Should -Be $expected

        $path = Join-Path $script:pointsFolder 'report.pdf'
        New-SuggestionReport -Path $path -AsOf 2021-09-28 -Issuer '深圳市政务服务数据管理局' | Out-Null
        $text = (& pdftotext -raw -enc UTF-8 $path - | Out-String) -replace "`r?`n", ''
        # Typographic single quotes end a single-quoted string in PowerShell, so the seed's heading comes in a here-string.
        $heading = @'
1.关于“探索‘建管分离’‘运管分离’顶层设计”建议。
'@
        $text | Should -Match ([regex]::Escape($heading))
        $text | Should -Match ([regex]::Escape('3.关于建立智慧园区、社区的统一智慧大脑信息化管理平台的建议。'))
        $text | Should -Match '近年来，我市高度重视智慧城市和数字政府建设的系统规划与顶层设计'
        $text | Should -Not -Match '办理措施尚未录入'
    }
}

Describe 'Leaders, priorities and contacts (领办、沟通)' {
    BeforeAll {
        Connect-SuggestionStore -TablePrefix ('practices' + [guid]::NewGuid().ToString('N').Substring(0, 10)) | Out-Null
        Import-Suggestion -Path (Join-Path $RepositoryRoot 'module/examples/ledger-2021.csv') | Out-Null
        $script:practicesFolder = Join-Path ([IO.Path]::GetTempPath()) ('sd-pester-practices-' + [guid]::NewGuid().ToString('N').Substring(0, 8))
        New-Item -ItemType Directory -Path $script:practicesFolder | Out-Null
        Add-SuggestionContact 20210347 -Method 座谈面商 -Phase 办前商谈 -On 2021-03-16
        Add-SuggestionContact 20210347 -Method Phone -On 2021-04-20
        Add-SuggestionContact 20210347 -Method Visit -On 2021-05-25
        Add-SuggestionContact 20210254 -Method 共同调研 -On 2021-04-15
    }

    AfterAll {
        Remove-Item -Recurse -Force $script:practicesFolder
        Connect-SuggestionStore -TablePrefix $script:prefix | Out-Null
    }

    It 'reads the leaders and priorities of the sample ledger, finds items by them and shows them in the UI culture''s language (English here)' {
        @(Get-Suggestion -Priority 重点 | ForEach-Object { $_.Number.Value }) | Should -Be @('20210254', '20210347')
        @(Get-Suggestion -Priority 热点).Count | Should -Be 1
        (Get-Suggestion -LeadingOfficial 张局长).Number.Value | Should -Be '20210347'

        $list = Get-Suggestion 20210254 | Format-List | Out-String -Width 200
        $list | Should -Match 'LeadingOfficial\s*:\s*王副局长'
        $list | Should -Match 'Priority\s*:\s*Key, Hot'
    }

    It 'changes them with -WhatIf only when asked, and refuses a word of no priority naming it' {
        Set-Suggestion 20210198 -LeadingOfficial 李局长 -Priority 难点 -WhatIf
        (Get-Suggestion 20210198).LeadingOfficial | Should -BeNullOrEmpty

        Set-Suggestion 20210198 -LeadingOfficial 李局长 -Priority '难点、热点'
        (Get-Suggestion 20210198).PriorityChinese | Should -Be '难点、热点'

        { Set-Suggestion 20210198 -Priority 紧急 -ErrorAction Stop } | Should -Throw -ExpectedMessage "*'紧急' is not a priority*"
        Set-Suggestion 20210198 -LeadingOfficial '' -Priority @()
        (Get-Suggestion 20210198).PriorityChinese | Should -Be ''
    }

    It 'shows each contact''s phase, given or placed by the dates' {
        $table = Get-SuggestionContact 20210347 | Format-Table | Out-String -Width 200
        @(Get-SuggestionContact 20210347).PhaseChinese | Should -Be @('办前', '办时', '办后')
        $table | Should -Match '\bBefore\b'
    }

    It 'counts them in the summary and opens the report''s 主要做法 with them' {
        $summary = Get-SuggestionSummary -AsOf 2021-09-28
        @($summary.Contacts, $summary.PhoneContacts, $summary.ContactsBefore, $summary.ContactsDuring, $summary.ContactsAfter) | Should -Be @(4, 1, 1, 2, 1)
        @($summary.LedByOfficial, $summary.LedKeyItems, $summary.LedHotItems) | Should -Be @(2, 2, 1)

        $path = Join-Path $script:practicesFolder 'report.pdf'
        New-SuggestionReport -Path $path -AsOf 2021-09-28 -NarrativePath (Join-Path $RepositoryRoot 'module/examples/narrative-2021.md') | Out-Null
        $text = (& pdftotext -raw -enc UTF-8 $path - | Out-String) -replace "`r?`n", ''
        $paragraph = '办理过程中，共与代表沟通联系4次，其中电话联系1次、上门拜访1次、座谈面商1次、共同调研1次；按办理阶段分，办前商谈1次、办时共商2次、办后征询1次。领导领办建议2件，其中重点建议2件、热点建议1件。'
        $at = $text.IndexOf($paragraph)
        $at | Should -BeGreaterThan $text.IndexOf('二、主要做法')
        $text.IndexOf('（一）加强组织领导') | Should -BeGreaterThan $at
    }

    It 'exports the two columns and reads them back unchanged' {
        $path = Join-Path $script:practicesFolder 'ledger.csv'
        Export-Suggestion -Path $path -ChineseHeaders | Out-Null
        $row = Import-Csv $path | Where-Object 编号 -eq '20210254'
        @($row.领办领导, $row.重点类型) | Should -Be @('王副局长', '重点、热点')
        (Import-Suggestion -Path $path).Unchanged | Should -Be 24
    }
}

Describe 'Sending reminders through Microsoft Graph' {
    BeforeAll {
        Connect-SuggestionStore -TablePrefix ('graph' + [guid]::NewGuid().ToString('N').Substring(0, 10)) | Out-Null
        Set-SuggestionDirectory -Office -Mailbox duban@example.gov.cn | Out-Null
        New-TestItem 'graph-1' -AssignedOn '2026-07-01' | Out-Null
        Confirm-SuggestionReceipt 'graph-1' -On 2026-07-02
    }

    AfterAll {
        Connect-SuggestionStore -TablePrefix $script:prefix | Out-Null
    }

    It 'sends each message once through the Graph SDK, loaded in the module''s own context' {
        # A stand-in for Graph on this machine: answers 202 like sendMail and hands back what it received.
        $free = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $free.Start(); $port = $free.LocalEndpoint.Port; $free.Stop()
        $listener = [System.Net.HttpListener]::new()
        $listener.Prefixes.Add("http://127.0.0.1:$port/")
        $listener.Start()
        $job = Start-ThreadJob -ArgumentList $listener -ScriptBlock {
            param($listener)
            while ($listener.IsListening) {
                try { $context = $listener.GetContext() } catch { break }
                [pscustomobject]@{
                    Path = [uri]::UnescapeDataString($context.Request.Url.AbsolutePath)
                    Authorization = $context.Request.Headers['Authorization']
                    Body = [System.IO.StreamReader]::new($context.Request.InputStream).ReadToEnd()
                }
                $context.Response.StatusCode = 202
                $context.Response.Close()
            }
        }
        $token = ConvertTo-SecureString 'pester-token' -AsPlainText -Force
        try {
            $first = @(Send-SuggestionReminder -AsOf 2026-10-09 -Transport Graph -GraphEndpoint "http://127.0.0.1:$port/" -AccessToken $token)
            $second = @(Send-SuggestionReminder -AsOf 2026-10-09 -Transport Graph -GraphEndpoint "http://127.0.0.1:$port/" -AccessToken $token)
        }
        finally {
            $listener.Stop()
        }
        $requests = @(Receive-Job $job -Wait)
        Remove-Job $job -Force

        $first.Count | Should -BeGreaterOrEqual 1
        $first.Status | Should -Not -Contain 'Failed'
        $second.Count | Should -Be 0
        $requests.Count | Should -Be $first.Count
        $requests.Path | Should -Be (@('/v1.0/users/duban@example.gov.cn/sendMail') * $first.Count)
        $requests.Authorization | Should -Be (@('Bearer pester-token') * $first.Count)
        ($requests.Body | ConvertFrom-Json).Message.toRecipients.emailAddress.address | Should -Contain 'lisi@example.gov.cn'
        [System.Runtime.Loader.AssemblyLoadContext]::Default.Assemblies.GetName().Name | Should -Not -Contain 'Microsoft.Graph'
    }
}

Describe 'The report for the standing committee' {
    BeforeAll {
        Connect-SuggestionStore -TablePrefix ('report' + [guid]::NewGuid().ToString('N').Substring(0, 10)) | Out-Null
        Import-Suggestion -Path (Join-Path $RepositoryRoot 'module/examples/ledger-2021.csv') | Out-Null
        $script:reportFolder = Join-Path ([IO.Path]::GetTempPath()) ('sd-pester-report-' + [guid]::NewGuid().ToString('N').Substring(0, 8))
        New-Item -ItemType Directory -Path $script:reportFolder | Out-Null
    }

    AfterAll {
        Remove-Item -Recurse -Force $script:reportFolder
        Connect-SuggestionStore -TablePrefix $script:prefix | Out-Null
    }

    It 'writes a PDF with the fonts the module carries, whose text reads back exactly' {
        $path = Join-Path $script:reportFolder 'report.pdf'
        $file = New-SuggestionReport -Path $path -AsOf 2021-09-28 -Issuer '深圳市政务服务数据管理局' `
            -NarrativePath (Join-Path $RepositoryRoot 'module/examples/narrative-2021.md')
        $file.Items | Should -Be 24
        $file.Length | Should -BeLessThan 300KB

        $text = (& pdftotext -raw -enc UTF-8 $path - | Out-String) -replace "`r?`n", ''
        $text | Should -Match '共接收办理人大代表建议24件，其中主办件3件、承办件1件、分办件1件、会办件19件'
        $text | Should -Match '关于创新智慧城市和数字政府建设管理体制机制的建议'
        $text | Should -Match '关于升级改造老旧社区，提升民生幸福感、安全感的建议'
        $text | Should -Not -Match '⼈'
        (& pdffonts $path | Select-Object -Skip 2) | ForEach-Object { $_ | Should -Match 'yes\s+yes\s+yes' }
        & qpdf --check $path | Out-Null
        $LASTEXITCODE | Should -Be 0
    }

    It 'mails the committee report once per recipient through the outbox, the archived PDF attached' {
        $container = 'pester-' + [guid]::NewGuid().ToString('N').Substring(0, 12)
        $store = Get-SuggestionStore
        Connect-SuggestionStore -TablePrefix $store.TablePrefix -ReportContainer $container | Out-Null
        $outbox = Join-Path $script:reportFolder 'outbox'
        $committee = 'renda.weiyuanhui@example.gov.cn', 'mishuchu@example.gov.cn'

        $planned = @(Send-SuggestionReport -To $committee -Period 2021 -OutboxPath $outbox -WhatIf)
        $first = @(Send-SuggestionReport -To $committee -Period 2021 -OutboxPath $outbox)
        $second = @(Send-SuggestionReport -To ($committee + 'zhuren@example.gov.cn') -Period 2021 -OutboxPath $outbox)

        $planned.Status | Should -Be @('Planned', 'Planned')
        $first.Status | Should -Be @('Sent', 'Sent')
        $first.Archive | Should -Be @("$container/2021.pdf", "$container/2021.pdf")
        $second.Status | Should -Be @('AlreadySent', 'AlreadySent', 'Sent')
        $mails = @(Get-ChildItem $outbox -Filter *.eml)
        $mails.Count | Should -Be 3

        # The attachment of the last mail is the archived report: decode it and read it back.
        $eml = Get-Content -Raw -LiteralPath $second[2].TransportId
        $eml | Should -Match 'zhuren@example.gov.cn'
        $part = [regex]::Match($eml, '(?s)Content-Type: application/pdf.*?\r?\n\r?\n(?<b64>[A-Za-z0-9+/=\r\n]+)')
        $part.Success | Should -BeTrue
        $pdf = Join-Path $script:reportFolder 'attached.pdf'
        $bytes = [Convert]::FromBase64String(($part.Groups['b64'].Value -replace '\s', ''))
        [IO.File]::WriteAllBytes($pdf, $bytes)
        $text = (& pdftotext -raw -enc UTF-8 $pdf - | Out-String) -replace "`r?`n", ''
        $text | Should -Match '共接收办理人大代表建议24件'
    }

    It 'reads its fonts from the module''s own dependencies folder' {
        $fonts = Join-Path (Split-Path $ModuleManifest) 'dependencies/fonts'
        Join-Path $fonts 'gbsn00lp.ttf' | Should -Exist
        Join-Path $fonts 'licences/fonts-arphic-gbsn00lp.copyright.txt' | Should -Exist
    }
}

Describe 'Reminder links' {
    It 'issues links with -ActionBaseUrl, lists them in their view, revokes them and keeps the policy' {
        $outbox = Join-Path ([IO.Path]::GetTempPath()) ('sd-links-' + [guid]::NewGuid().ToString('N').Substring(0, 8))
        New-TestItem 'links-1' -AssignedOn '2026-07-01' | Out-Null
        Confirm-SuggestionReceipt 'links-1' -On 2026-07-02
        Set-SuggestionActionLinkPolicy -Disable 申请延期

        $sent = @(Send-SuggestionReminder -AsOf 2026-10-09 -OutboxPath $outbox -ActionBaseUrl 'https://desk.example.gov.cn/')
        $links = @(Get-SuggestionActionLink 'links-1')
        $table = $links | Format-Table | Out-String -Width 200
        Revoke-SuggestionActionLink 'links-1' -Action Reply -Confirm:$false
        $live = @(Get-SuggestionActionLink 'links-1')

        ($sent | Where-Object Recipient -eq 'lisi@example.gov.cn').Text | Should -Match 'https://desk\.example\.gov\.cn/act/[A-Za-z0-9_-]{47}'
        @($links.Action | Sort-Object -Unique -CaseSensitive) | Should -Be @('LogContact', 'Reply', 'ReportProgress')
        $links.ActionName | Should -Contain '登记沟通'
        $table | Should -Match '\bAction\b'
        $table | Should -Match '\bLive\b'
        $live.Action | Should -Not -Contain 'Reply'
        (Get-SuggestionActionLinkPolicy).Disabled | Should -Be @('RequestExtension')
        Remove-Item $outbox -Recurse -Force
    }
}
