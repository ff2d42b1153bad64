# The module speaks the administrator's language: a pwsh started under a zh-CN UI culture (LANG=zh_CN.UTF-8) gets
# Chinese refusals, ledger row errors, warnings, -WhatIf lines and column labels, one started under en-US English;
# values (numbers, dates, names) alike in both. Each runs the built module (its own load context, satellites in zh/
# and dependencies/zh/) in a child pwsh.
param(
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [Parameter(Mandatory)] [string] $RepositoryRoot
)

BeforeAll {
    # Runs LanguageProbe.ps1 in a new pwsh whose locale is $Locale; returns its RESULT and everything it wrote.
    function Invoke-Probe([string] $Locale) {
        $saved = @{ LANG = $env:LANG; LC_ALL = $env:LC_ALL; LC_MESSAGES = $env:LC_MESSAGES }
        $encoding = [Console]::OutputEncoding
        $env:LANG = $Locale
        $env:LC_ALL = $Locale
        $env:LC_MESSAGES = $null
        [Console]::OutputEncoding = [Text.UTF8Encoding]::new($false)
        Push-Location $RepositoryRoot
        try {
            $prefix = 'lang' + [guid]::NewGuid().ToString('N').Substring(0, 10)
            $output = @(& dotnet pwsh -NoProfile -NonInteractive -File (Join-Path $PSScriptRoot 'LanguageProbe.ps1') `
                    -ModuleManifest $ModuleManifest -TablePrefix $prefix -Folder $TestDrive 2>&1 | ForEach-Object { "$_" })
        }
        finally {
            Pop-Location
            [Console]::OutputEncoding = $encoding
            foreach ($name in $saved.Keys) { Set-Item "env:$name" -Value $saved[$name] }
        }
        $line = $output | Where-Object { $_.StartsWith('RESULT:') } | Select-Object -Last 1
        if (-not $line) { throw "The probe under $Locale wrote no result:`n$($output -join "`n")" }
        $result = $line.Substring('RESULT:'.Length) | ConvertFrom-Json
        $result | Add-Member -NotePropertyName WhatIf -NotePropertyValue @($output | Where-Object { $_ -like 'What if:*' })
        $result
    }
}

# LANG sets the UI culture of pwsh on Linux and macOS; Windows takes it from the user's display language instead.
Describe 'Under a zh-CN UI culture' -Skip:$IsWindows {
    BeforeAll { $script:chinese = Invoke-Probe 'zh_CN.UTF-8' }

    It 'runs in zh-CN' {
        $script:chinese.UICulture | Should -Be 'zh-CN'
    }

    It 'refuses a reply dated before the assignment in Chinese, the dates as given' {
        $script:chinese.Refusal | Should -HaveCount 1
        $script:chinese.Refusal[0] | Should -Be '编号 2021/0347：答复日期 2021-03-01 早于签收日期 2021-03-05。请核对日期。'
    }

    It 'warns about a title row in Chinese' {
        $script:chinese.Warnings | Should -HaveCount 1
        $script:chinese.Warnings[0] | Should -Match '^lang\w+\.csv：第 1 行：像是标题（''2021年市人大代表建议办理工作台账''）；表头在第 2 行。此行未导入。$'
    }

    It 'reports a ledger row with a date that does not exist in Chinese, the row, number and cell as written' {
        $script:chinese.RowErrors | Should -HaveCount 1
        $script:chinese.RowErrors[0] | Should -BeLike "*第 2 行（2021/0401），交办日期：'2021-02-30'：应填写实际存在的日期：2021-02 只有 28 天*"
    }

    It 'says what -WhatIf would do in Chinese' {
        $script:chinese.WhatIf[0] | Should -Be 'What if: 对“编号 2021/0347”执行“删除”操作。'
        $script:chinese.WhatIf | Should -Contain 'What if: 对“编号 2021/0400”执行“交办 承办人：王五 → 李四”操作。'
    }

    It 'labels the columns of the item table in Chinese' {
        $script:chinese.Table | Should -Match '编号\s+标题\s+办理类型\s+状态\s+承办部门\s+承办人\s+下一期限\s+期限状态'
        $script:chinese.Table | Should -Not -Match '\bNumber\b'
    }

    It 'shows the item table''s role and status in Chinese' {
        $script:chinese.Table | Should -Match '2021/0347\s+关于\S+\s+主办\s+已签收\s'
    }

    It 'shows the deadlines'' clocks in Chinese' {
        $script:chinese.Deadlines | Should -Match '2021/0347\s+答复\s+\d{4}-\d\d-\d\d\s'
        $script:chinese.Deadlines | Should -Not -Match '\bReply\b'
    }

    It 'labels the ledger errors'' table, names the history''s actions and the due date''s start in Chinese' {
        $script:chinese.ErrorTable | Should -Match '行\s+编号\s+列\s+所填内容\s+应如何填写'
        $script:chinese.ErrorTable | Should -Match '2\s+2021/0401\s+交办日期\s+2021-02-30\s+应填写实际存在的日期'
        $script:chinese.History | Should -Match '\s签收\s'
        $script:chinese.History | Should -Not -Match '\bSignFor\b'
        $script:chinese.DueDate | Should -Match '起算日\s*:\s*2026-09-30'
    }

    It 'says in Chinese which face serves each part of the report, and refuses a missing font folder in Chinese' {
        $script:chinese.FontLines | Should -Contain '正文：随附字体 AR PL SungtiL GB（文件夹中没有仿宋）'
        $script:chinese.FontRefusal | Should -HaveCount 1
        $script:chinese.FontRefusal[0] | Should -Match '^字体文件夹“.+-missing”不存在。'
    }
}

Describe 'Under an en-US UI culture' -Skip:$IsWindows {
    BeforeAll { $script:english = Invoke-Probe 'en_US.UTF-8' }

    It 'runs in en-US' {
        $script:english.UICulture | Should -Be 'en-US'
    }

    It 'refuses a reply dated before the assignment in English' {
        $script:english.Refusal | Should -Be @("Suggestion '2021/0347': the reply date 2021-03-01 is before the sign-for on 2021-03-05. Check the date.")
    }

    It 'warns about a title row in English' {
        $script:english.Warnings | Should -HaveCount 1
        $script:english.Warnings[0] | Should -Match '^lang\w+\.csv: Row 1: looks like a title \(''2021年市人大代表建议办理工作台账''\); the headers are on row 2\. It was not imported\.$'
    }

    It 'reports a ledger row with a date that does not exist in English' {
        $script:english.RowErrors | Should -HaveCount 1
        $script:english.RowErrors[0] | Should -BeLike "*Row 2 (2021/0401), 交办日期: '2021-02-30': a real date: 2021-02 has 28 days*"
    }

    It 'says what -WhatIf would do in English' {
        $script:english.WhatIf[0] | Should -Be 'What if: Performing the operation "Remove" on target "Suggestion ''2021/0347''".'
        $script:english.WhatIf | Should -Contain 'What if: Performing the operation "Assign Owner: 王五 → 李四" on target "Suggestion ''2021/0400''".'
    }

    It 'labels the ledger errors'' table, names the history''s actions and the due date''s start in English' {
        $script:english.ErrorTable | Should -Match 'Row\s+Number\s+Column\s+Value\s+Expected'
        $script:english.History | Should -Match '\sSignFor\s'
        $script:english.DueDate | Should -Match 'From\s*:\s*2026-09-30'
    }

    It 'labels the columns of the item table in English' {
        $script:english.Table | Should -Match 'Number\s+Title\s+Role\s+Status\s+Department\s+Owner\s+NextDue\s+DueStatus'
        $script:english.Table | Should -Not -Match '编号'
    }

    It 'shows the item table''s role and status in English' {
        $script:english.Table | Should -Match '2021/0347\s+关于\S+\s+Lead\s+SignedFor\s'
    }

    It 'shows the deadlines'' clocks in English' {
        $script:english.Deadlines | Should -Match '2021/0347\s+Reply\s+\d{4}-\d\d-\d\d\s'
        $script:english.Deadlines | Should -Not -Match '答复'
    }

    It 'says in English which face serves each part of the report, and refuses a missing font folder in English' {
        $script:english.FontLines | Should -Contain 'body: bundled AR PL SungtiL GB (no 仿宋 in the folder)'
        $script:english.FontRefusal | Should -HaveCount 1
        $script:english.FontRefusal[0] | Should -Match "^The font folder '.+-missing' does not exist\."
    }
}
