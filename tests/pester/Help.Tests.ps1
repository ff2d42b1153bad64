# The help in both languages, as an administrator gets it: a real pwsh started with a Chinese (zh_CN.UTF-8) or an
# English (en_US.UTF-8) locale imports the built module and reads Get-Help for every cmdlet and about_SuggestionDesk.
# What it shows is compared with the help's sources in module/docs/<culture>.
param(
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [Parameter(Mandatory)] [string] $RepositoryRoot
)

BeforeAll {
    $script:work = Join-Path ([IO.Path]::GetTempPath()) ('sd-help-' + [guid]::NewGuid().ToString('N').Substring(0, 8))
    New-Item -ItemType Directory -Path $script:work -Force | Out-Null

    # What a pwsh started with the locale of $Culture shows: its $PSUICulture, every cmdlet's synopsis, examples and
    # the description of one parameter, and the about topic as Get-Help prints it.
    $script:probe = {
        param([string] $ModuleManifest, [string] $ResultPath, [string] $Culture)
        $ErrorActionPreference = 'Stop'
        # On Windows the locale variables mean nothing: the UI culture is set as a Chinese Windows would have it.
        if ($IsWindows) { [System.Globalization.CultureInfo]::CurrentUICulture = $Culture }
        Import-Module $ModuleManifest
        $cmdlets = foreach ($name in (Get-Command -Module SuggestionDesk -CommandType Cmdlet).Name) {
            $help = Get-Help $name -Full
            [pscustomobject]@{
                Name     = $name
                Synopsis = $help.Synopsis
                Codes    = @($help.Examples.Example | ForEach-Object { $_.Code })
                Remarks  = @($help.Examples.Example | ForEach-Object { ($_.Remarks | Out-String).Trim() })
                Links    = @($help.RelatedLinks.NavigationLink.LinkText)
            }
        }
        [pscustomobject]@{
            UICulture = "$PSUICulture"
            Cmdlets   = @($cmdlets)
            Session   = (Get-Help Get-Suggestion -Parameter Session | Out-String)
            About     = (Get-Help about_SuggestionDesk | Out-String)
        } | ConvertTo-Json -Depth 5 | Set-Content -LiteralPath $ResultPath -Encoding utf8
    }

    function Invoke-PwshIn([string] $Locale, [string] $Culture) {
        $name = 'probe-' + [guid]::NewGuid().ToString('N').Substring(0, 8)
        $scriptPath = Join-Path $script:work "$name.ps1"
        $resultPath = Join-Path $script:work "$name.json"
        Set-Content -Path $scriptPath -Value $script:probe.ToString() -Encoding utf8

        $start = [Diagnostics.ProcessStartInfo]::new((Get-Command dotnet -CommandType Application | Select-Object -First 1).Source)
        foreach ($argument in (Join-Path $PSHOME 'pwsh.dll'), '-NoProfile', '-NonInteractive', '-File', $scriptPath,
            '-ModuleManifest', $ModuleManifest, '-ResultPath', $resultPath, '-Culture', $Culture) {
            $start.ArgumentList.Add($argument)
        }
        # .NET takes the UI culture from LC_ALL, then LC_MESSAGES, then LANG, and only with ICU: the invariant
        # globalization mode would make every culture the invariant one (and the help English).
        $start.Environment['LANG'] = $Locale
        $start.Environment['LC_ALL'] = $Locale
        $start.Environment['LC_MESSAGES'] = $Locale
        $start.Environment.Remove('DOTNET_SYSTEM_GLOBALIZATION_INVARIANT') | Out-Null
        $start.RedirectStandardOutput = $true
        $start.RedirectStandardError = $true
        $process = [Diagnostics.Process]::Start($start)
        $stdout = $process.StandardOutput.ReadToEndAsync()
        $stderr = $process.StandardError.ReadToEndAsync()
        if (-not $process.WaitForExit(180000)) {
            $process.Kill($true)
            throw "pwsh with LANG=$Locale did not finish within 3 minutes."
        }
        $process.WaitForExit()
        if ($process.ExitCode -ne 0 -or -not (Test-Path $resultPath)) {
            throw "pwsh with LANG=$Locale failed (exit code $($process.ExitCode)):`n$($stdout.Result)`n$($stderr.Result)"
        }
        Get-Content $resultPath -Raw -Encoding utf8 | ConvertFrom-Json
    }

    # A section of a help source (module/docs/<culture>/<cmdlet>.md) as plain text: '## SYNOPSIS', '### -Session', ...
    function Get-DocSection([string] $Culture, [string] $Cmdlet, [string] $Heading) {
        $lines = Get-Content (Join-Path $RepositoryRoot "module/docs/$Culture/$Cmdlet.md") -Encoding utf8
        $level = ($Heading -split ' ')[0]
        $start = [array]::IndexOf($lines, $Heading)
        if ($start -lt 0) { throw "module/docs/$Culture/$Cmdlet.md has no '$Heading'." }
        $text = foreach ($line in $lines[($start + 1)..($lines.Count - 1)]) {
            if ($line -match '^#{2,3} ' -and ($line -split ' ')[0].Length -le $level.Length) { break }
            if ($line.StartsWith('```')) { break }
            $line
        }
        ($text -join ' ').Trim()
    }

    # Without spaces and line breaks: Get-Help wraps and joins lines its own way.
    function Compress([string] $Text) { $Text -replace '\s+', '' }

    $script:chinese = Invoke-PwshIn -Locale 'zh_CN.UTF-8' -Culture 'zh-CN'
    $script:english = Invoke-PwshIn -Locale 'en_US.UTF-8' -Culture 'en-US'
    $script:french = Invoke-PwshIn -Locale 'fr_FR.UTF-8' -Culture 'fr-FR'
}

AfterAll {
    Remove-Item -LiteralPath $script:work -Recurse -Force -ErrorAction SilentlyContinue
}

Describe 'Help in the UI culture of pwsh' {
    It 'pwsh started with LANG=zh_CN.UTF-8 runs in zh-CN, with en_US.UTF-8 in en-US' {
        $script:chinese.UICulture | Should -Be 'zh-CN'
        $script:english.UICulture | Should -Be 'en-US'
    }

    It 'shows the synopsis in Chinese under zh-CN and in English under en-US' {
        $zh = ($script:chinese.Cmdlets | Where-Object Name -eq 'Get-Suggestion').Synopsis
        $en = ($script:english.Cmdlets | Where-Object Name -eq 'Get-Suggestion').Synopsis

        $zh | Should -Be (Get-DocSection zh-CN Get-Suggestion '## SYNOPSIS')
        $en | Should -Be (Get-DocSection en-US Get-Suggestion '## SYNOPSIS')
        $zh | Should -Match '\p{IsCJKUnifiedIdeographs}{4}'
        $en | Should -Not -Be $zh
    }

    It 'describes a parameter in the language of the UI culture' {
        (Get-DocSection zh-CN Get-Suggestion '### -Session') | Should -Match '\p{IsCJKUnifiedIdeographs}{4}'
        Compress $script:chinese.Session | Should -BeLike ('*' + (Compress (Get-DocSection zh-CN Get-Suggestion '### -Session')) + '*')
        Compress $script:english.Session | Should -BeLike ('*' + (Compress (Get-DocSection en-US Get-Suggestion '### -Session')) + '*')
    }

    It 'explains an example in the language of the UI culture, with the same code' {
        $zh = $script:chinese.Cmdlets | Where-Object Name -eq 'Set-SuggestionReply'
        $en = $script:english.Cmdlets | Where-Object Name -eq 'Set-SuggestionReply'
        $zhDoc = Get-Content (Join-Path $RepositoryRoot 'module/docs/zh-CN/Set-SuggestionReply.md') -Raw -Encoding utf8
        $enDoc = Get-Content (Join-Path $RepositoryRoot 'module/docs/en-US/Set-SuggestionReply.md') -Raw -Encoding utf8
        # The first paragraph of example 1's explanation: the text after its code block, up to a blank line.
        $first = { param($doc) ([regex]::Match($doc, '(?s)### [^\n]*\n```[^\n]*\n.*?\n```\s*\n(.+?)\n\s*\n')).Groups[1].Value }

        $zhFirst = Compress (& $first $zhDoc)
        $enFirst = Compress (& $first $enDoc)
        $zhFirst.Length | Should -BeGreaterThan 20
        $enFirst.Length | Should -BeGreaterThan 20
        Compress $zh.Remarks[0] | Should -BeLike ($zhFirst + '*')
        Compress $en.Remarks[0] | Should -BeLike ($enFirst + '*')
        $zh.Remarks[0] | Should -Match '\p{IsCJKUnifiedIdeographs}'
        $zh.Codes | Should -Be $en.Codes
    }

    It 'has every cmdlet''s help in both languages, with the same examples'' code and a link to about_SuggestionDesk' {
        $script:chinese.Cmdlets.Count | Should -BeGreaterThan 40
        $script:english.Cmdlets.Name | Should -Be $script:chinese.Cmdlets.Name
        foreach ($zh in $script:chinese.Cmdlets) {
            $en = $script:english.Cmdlets | Where-Object Name -eq $zh.Name
            $zh.Synopsis | Should -Match '\p{IsCJKUnifiedIdeographs}' -Because "$($zh.Name)'s synopsis is Chinese under zh-CN"
            $zh.Synopsis | Should -Not -Be $en.Synopsis -Because "$($zh.Name)'s synopsis is translated"
            $zh.Codes | Should -Be $en.Codes -Because "$($zh.Name)'s examples keep their code"
            $zh.Links | Should -Contain 'about_SuggestionDesk'
            $en.Links | Should -Contain 'about_SuggestionDesk'
        }
    }

    It 'falls back to English under a culture it has no help for' {
        $script:french.UICulture | Should -Be 'fr-FR'
        ($script:french.Cmdlets | Where-Object Name -eq 'Get-Suggestion').Synopsis | Should -Be (Get-DocSection en-US Get-Suggestion '## SYNOPSIS')
        $script:french.About | Should -Match 'THE LIFE OF AN ITEM'
    }
}

Describe 'about_SuggestionDesk' {
    It 'is in Chinese under zh-CN: the item''s life, roles, clocks, reminders, ledger and report' {
        $about = $script:chinese.About
        $about | Should -Match 'about_SuggestionDesk'
        foreach ($heading in '办理流程', '办理类型', '办理时限', '催办提醒', '台账', '办理工作报告') {
            $about | Should -Match "(?m)^$heading" -Because "the topic has a section $heading"
        }
        $about | Should -Match '交办'
        $about | Should -Match '调休'
        $about | Should -Not -Match 'THE LIFE OF AN ITEM'
    }

    It 'is in English under en-US, with the same sections' {
        $about = $script:english.About
        foreach ($heading in 'THE LIFE OF AN ITEM', 'ROLES', 'CLOCKS', 'REMINDERS', 'THE LEDGER', 'THE REPORT') {
            $about | Should -Match "(?m)^$heading" -Because "the topic has a section $heading"
        }
        $about | Should -Not -Match '办理流程'
    }

    It 'is what the module carries in en-US/ and zh-CN/, from module/docs' {
        $module = Split-Path $ModuleManifest
        foreach ($culture in 'en-US', 'zh-CN') {
            Get-Content (Join-Path $module "$culture/about_SuggestionDesk.help.txt") -Raw |
                Should -Be (Get-Content (Join-Path $RepositoryRoot "module/docs/$culture/about_SuggestionDesk.help.txt") -Raw)
        }
    }
}
