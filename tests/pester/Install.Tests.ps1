# The package installed the way users install modules: in a clean pwsh (a temporary HOME, so nothing of ours is on
# PSModulePath and PSResourceGet starts with no repository of ours), artifacts/packages is registered as a repository
# like an office's file share, Install-PSResource -Prerelease installs it, Import-Module finds it by name, and the
# installed copy imports a ledger into Azurite, computes a due date and writes the report with its own fonts. Then a
# newer build installs over it with Update-PSResource.
# Not on Windows: there PSResourceGet installs into the real Documents folder whatever HOME says.
param(
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [Parameter(Mandatory)] [string] $PackagesPath,
    [Parameter(Mandatory)] [string] $RepositoryRoot
)

BeforeAll {
    Import-Module (Join-Path $RepositoryRoot 'tools/build/ModuleManifest.psm1') -Force
    $script:builtVersion = Get-ModuleVersionText -ManifestPath $ModuleManifest
    $script:work = Join-Path ([IO.Path]::GetTempPath()) ('sd-install-' + [guid]::NewGuid().ToString('N').Substring(0, 8))
    $script:userHome = Join-Path $script:work 'home'
    New-Item -ItemType Directory -Path $script:userHome -Force | Out-Null

    # Runs a script in a new pwsh (the pinned one, through dotnet) as a user with an empty profile. Returns what the
    # script wrote to -ResultPath as JSON; fails with the child's output when it fails or takes more than 3 minutes.
    function Invoke-CleanPwsh([string] $Script, [hashtable] $Parameters = @{}) {
        $name = 'step-' + [guid]::NewGuid().ToString('N').Substring(0, 8)
        $scriptPath = Join-Path $script:work "$name.ps1"
        $resultPath = Join-Path $script:work "$name.json"
        Set-Content -Path $scriptPath -Value $Script -Encoding utf8

        $start = [Diagnostics.ProcessStartInfo]::new((Get-Command dotnet -CommandType Application | Select-Object -First 1).Source)
        foreach ($argument in (Join-Path $PSHOME 'pwsh.dll'), '-NoProfile', '-NonInteractive', '-File', $scriptPath, '-ResultPath', $resultPath) {
            $start.ArgumentList.Add($argument)
        }
        foreach ($parameter in $Parameters.GetEnumerator()) {
            $start.ArgumentList.Add("-$($parameter.Key)")
            $start.ArgumentList.Add([string] $parameter.Value)
        }
        foreach ($variable in 'PSModulePath', 'XDG_DATA_HOME', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME') {
            $start.Environment.Remove($variable) | Out-Null
        }
        $start.Environment['HOME'] = $script:userHome
        $start.RedirectStandardOutput = $true
        $start.RedirectStandardError = $true
        $process = [Diagnostics.Process]::Start($start)
        $stdout = $process.StandardOutput.ReadToEndAsync()
        $stderr = $process.StandardError.ReadToEndAsync()
        if (-not $process.WaitForExit(180000)) {
            $process.Kill($true)
            throw "The clean pwsh running $name did not finish within 3 minutes."
        }
        $process.WaitForExit()
        if ($process.ExitCode -ne 0 -or -not (Test-Path $resultPath)) {
            throw "The clean pwsh failed (exit code $($process.ExitCode)):`n$($stdout.Result)`n$($stderr.Result)"
        }
        Get-Content $resultPath -Raw | ConvertFrom-Json
    }
}

AfterAll {
    Remove-Item -LiteralPath $script:work -Recurse -Force -ErrorAction SilentlyContinue
}

Describe 'Installing the package as users do' -Skip:$IsWindows {
    BeforeAll {
        # A newer build for the update, packed the way the build packs, while the first test runs.
        $current = [version] (Import-PowerShellDataFile $ModuleManifest).ModuleVersion
        $prerelease = (Import-PowerShellDataFile $ModuleManifest).PrivateData.PSData.Prerelease
        $script:newer = "$($current.Major).$($current.Minor).$($current.Build + 1)" + $(if ($prerelease) { "-$prerelease" })
        $script:nextShare = Join-Path $script:work 'next'
        $script:packing = Start-ThreadJob -ArgumentList (Join-Path $RepositoryRoot 'tools/build/New-ModulePackage.ps1'), (Split-Path $ModuleManifest), $script:nextShare, $script:newer -ScriptBlock {
            param($packer, $module, $destination, $version)
            & $packer -ModulePath $module -DestinationPath $destination -Version $version -PassThru
        }
    }

    AfterAll {
        $script:packing | Remove-Job -Force -ErrorAction SilentlyContinue
    }

    It 'installs with Install-PSResource -Prerelease from a folder repository, imports by name and works from the installed copy' {
        $reportPath = Join-Path $script:work 'report.pdf'
        $result = Invoke-CleanPwsh -Parameters @{
            Repository  = $PackagesPath
            Ledger      = Join-Path $RepositoryRoot 'module/examples/ledger-2021.csv'
            ReportPath  = $reportPath
            TablePrefix = 'install' + [guid]::NewGuid().ToString('N').Substring(0, 10)
        } -Script {
            param($ResultPath, $Repository, $Ledger, $ReportPath, $TablePrefix)
            $ErrorActionPreference = 'Stop'
            $before = @(Get-Module -ListAvailable SuggestionDesk).Count
            $repositoriesBefore = @(Get-PSResourceRepository).Name
            # An intranet has no PowerShell Gallery: only the office's share is asked.
            Unregister-PSResourceRepository -Name PSGallery
            Register-PSResourceRepository -Name OfficeShare -Uri $Repository -Trusted
            Install-PSResource -Name SuggestionDesk -Prerelease -Repository OfficeShare -Scope CurrentUser -Quiet

            Import-Module SuggestionDesk
            $module = Get-Module SuggestionDesk
            $tested = Test-ModuleManifest -Path (Join-Path $module.ModuleBase 'SuggestionDesk.psd1')
            Connect-SuggestionStore -TablePrefix $TablePrefix | Out-Null
            $import = Import-Suggestion -Path $Ledger -By '督办办公室'
            $due = Get-SuggestionDueDate -From 2026-09-30 -WorkingDays 3
            $report = New-SuggestionReport -Path $ReportPath -AsOf 2021-09-28 -Issuer '深圳市政务服务数据管理局'
            $pdf = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'SuggestionDesk.Pdf' }

            [ordered]@{
                Before             = $before
                RepositoriesBefore = $repositoriesBefore
                ModuleBase         = $module.ModuleBase
                Version            = ($module.Version, $module.PrivateData.PSData.Prerelease | Where-Object { $_ }) -join '-'
                TestedName         = $tested.Name
                Created            = $import.Created
                DueOn              = $due.DueOn.ToString('yyyy-MM-dd')
                ReportItems        = $report.Items
                PdfAssembly        = $pdf.Location
            } | ConvertTo-Json | Set-Content -Path $ResultPath -Encoding utf8
        }.ToString()

        $result.Before | Should -Be 0
        $result.RepositoriesBefore | Should -Not -Contain 'OfficeShare'
        $result.ModuleBase | Should -BeLike "$($script:userHome)*"
        $result.Version | Should -Be $script:builtVersion
        $result.TestedName | Should -Be 'SuggestionDesk'
        $result.Created | Should -Be 24
        $result.DueOn | Should -Be '2026-10-10'
        $result.ReportItems | Should -Be 24
        $result.PdfAssembly | Should -BeLike "$($result.ModuleBase)*"

        $text = (& pdftotext -raw -enc UTF-8 $reportPath - | Out-String) -replace "`r?`n", ''
        $text | Should -Match '共接收办理人大代表建议24件'
        # The same faces as always, embedded from the fonts the installed module carries.
        $fonts = (& pdffonts $reportPath | Select-Object -Skip 2) -replace '^[A-Z]{6}\+', ''
        foreach ($face in 'AR PL SungtiL GB', 'Droid Sans Fallback', 'DejaVu Serif') {
            @($fonts | Where-Object { $_.StartsWith($face) }).Count | Should -Be 1 -Because "the report embeds $face"
        }
    }

    It 'updates to a newer build with Update-PSResource' {
        $package = $script:packing | Receive-Job -Wait -ErrorAction Stop
        $package.Name | Should -Be "SuggestionDesk.$($script:newer).nupkg"

        $result = Invoke-CleanPwsh -Parameters @{ Repository = $script:nextShare } -Script {
            param($ResultPath, $Repository)
            $ErrorActionPreference = 'Stop'
            Register-PSResourceRepository -Name OfficeShareNext -Uri $Repository -Trusted
            Update-PSResource -Name SuggestionDesk -Prerelease -Repository OfficeShareNext -Scope CurrentUser -Quiet

            Import-Module SuggestionDesk
            $module = Get-Module SuggestionDesk
            $due = Get-SuggestionDueDate -From 2026-09-30 -WorkingDays 3
            [ordered]@{
                Installed = @(Get-InstalledPSResource -Name SuggestionDesk | ForEach-Object { ($_.Version, $_.Prerelease | Where-Object { $_ }) -join '-' })
                Imported  = ($module.Version, $module.PrivateData.PSData.Prerelease | Where-Object { $_ }) -join '-'
                DueOn     = $due.DueOn.ToString('yyyy-MM-dd')
            } | ConvertTo-Json | Set-Content -Path $ResultPath -Encoding utf8
        }.ToString()

        @($result.Installed | Sort-Object) | Should -Be @(@($script:builtVersion, $script:newer) | Sort-Object)
        $result.Imported | Should -Be $script:newer
        $result.DueOn | Should -Be '2026-10-10'
    }
}
