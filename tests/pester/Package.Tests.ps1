# The module as an organisation receives it: the built folder (artifacts/module/SuggestionDesk) and its package
# (artifacts/packages/SuggestionDesk.<version>.nupkg) carry a manifest that Test-ModuleManifest accepts, an exact
# FileList, release notes from CHANGELOG.md, the licence and the third-party notices; and nothing in the product's
# sources ties the build or the module to one operating system.
param(
    [Parameter(Mandatory)] [string] $ModuleManifest,
    [Parameter(Mandatory)] [string] $PackagesPath,
    [Parameter(Mandatory)] [string] $RepositoryRoot
)

BeforeAll {
    Add-Type -AssemblyName System.IO.Compression.FileSystem
    Import-Module (Join-Path $RepositoryRoot 'tools/build/ModuleManifest.psm1') -Force

    $script:moduleFolder = Split-Path $ModuleManifest
    $script:data = Import-PowerShellDataFile $ModuleManifest
    $script:version = Get-ModuleVersionText -ManifestPath $ModuleManifest
    $script:files = @(Get-ChildItem $script:moduleFolder -Recurse -File |
            ForEach-Object { [IO.Path]::GetRelativePath($script:moduleFolder, $_.FullName).Replace('\', '/') } |
            Sort-Object)
    $script:notices = Get-Content (Join-Path $RepositoryRoot 'THIRD-PARTY-NOTICES') -Raw

    # The NuGet packages whose files land in the module's dependencies/, by the restore that built it.
    function Get-ShippedPackage {
        $assets = Get-Content (Join-Path $RepositoryRoot 'module/SuggestionDesk.PowerShell/obj/project.assets.json') -Raw | ConvertFrom-Json -AsHashtable
        $dependencies = Join-Path $script:moduleFolder 'dependencies'
        foreach ($entry in $assets.targets['net8.0'].GetEnumerator()) {
            if ($entry.Value.type -ne 'package') { continue }
            $landed = @(
                foreach ($file in @($entry.Value['runtime'].Keys) + @($entry.Value['runtimeTargets'].Keys)) {
                    if (-not $file -or $file.EndsWith('_._')) { continue }
                    foreach ($candidate in (Join-Path $dependencies (Split-Path $file -Leaf)), (Join-Path $dependencies $file)) {
                        if (Test-Path -LiteralPath $candidate) { $candidate }
                    }
                })
            if ($landed) { $entry.Key.Replace('/', ' ') }
        }
    }
}

Describe 'The module manifest' {
    It 'passes Test-ModuleManifest and is a 0.x prerelease' {
        $info = Test-ModuleManifest -Path $ModuleManifest -ErrorAction Stop

        $info.Name | Should -Be 'SuggestionDesk'
        $info.Version.Major | Should -Be 0
        $info.PrivateData.PSData.Prerelease | Should -Match '^[A-Za-z][A-Za-z0-9]*$'
        $info.ExportedCmdlets.Keys | Should -Contain 'Import-Suggestion'
    }

    It 'lists every file of the built module in FileList, and only those' {
        @($script:data.FileList | Sort-Object) | Should -Be $script:files
        $script:data.FileList | Should -Contain 'dependencies/fonts/gbsn00lp.ttf'
        # The Chinese messages: the module's own satellite beside it, each library's beside the library.
        $script:data.FileList | Should -Contain 'zh/SuggestionDesk.resources.dll'
        foreach ($library in 'Core', 'Storage', 'Spreadsheets', 'Mail', 'Graph') {
            $script:data.FileList | Should -Contain "dependencies/zh/SuggestionDesk.$library.resources.dll"
        }
        foreach ($culture in 'en-US', 'zh-CN') {
            $script:data.FileList | Should -Contain "$culture/SuggestionDesk.dll-Help.xml"
            $script:data.FileList | Should -Contain "$culture/about_SuggestionDesk.help.txt"
        }
    }

    It 'takes its release notes from the section of CHANGELOG.md for its version, the newest there' {
        $changelog = Join-Path $RepositoryRoot 'CHANGELOG.md'
        $script:data.PrivateData.PSData.ReleaseNotes | Should -Be (Get-ReleaseNote -ChangelogPath $changelog -Version $script:version)
        $script:data.PrivateData.PSData.ReleaseNotes.Length | Should -BeGreaterThan 40
        (Get-Content $changelog | Where-Object { $_ -match '^## ' } | Select-Object -First 1) | Should -Be "## $($script:version)"
    }

    It 'refuses to build a version CHANGELOG.md says nothing about' {
        { Get-ReleaseNote -ChangelogPath (Join-Path $RepositoryRoot 'CHANGELOG.md') -Version '99.0.0-nothere1' } |
            Should -Throw '*no section for version 99.0.0-nothere1*'
    }

    It 'names the project and its MIT licence, which the module carries' {
        $psData = $script:data.PrivateData.PSData
        [uri]::new($psData.ProjectUri).IsAbsoluteUri | Should -BeTrue
        $psData.LicenseUri | Should -BeLike "$($psData.ProjectUri)/*LICENSE"
        Get-Content (Join-Path $script:moduleFolder 'LICENSE') -Raw | Should -Match '^MIT License'
        (Get-FileHash (Join-Path $script:moduleFolder 'LICENSE')).Hash | Should -Be (Get-FileHash (Join-Path $RepositoryRoot 'LICENSE')).Hash
        (Get-FileHash (Join-Path $script:moduleFolder 'THIRD-PARTY-NOTICES')).Hash | Should -Be (Get-FileHash (Join-Path $RepositoryRoot 'THIRD-PARTY-NOTICES')).Hash
    }

    It 'has the version the assemblies were built with' {
        $assembly = [Reflection.AssemblyName]::GetAssemblyName((Join-Path $script:moduleFolder 'SuggestionDesk.dll')).Version
        "$($assembly.Major).$($assembly.Minor).$($assembly.Build)" | Should -Be $script:data.ModuleVersion
    }
}

Describe 'The package' {
    BeforeAll {
        $script:package = Join-Path $PackagesPath "SuggestionDesk.$($script:version).nupkg"
    }

    It 'is the only SuggestionDesk package in artifacts/packages, named for its version' {
        (Get-ChildItem $PackagesPath -Filter 'SuggestionDesk.*.nupkg').FullName | Should -Be @($script:package)
    }

    It 'carries the manifest''s metadata in its nuspec, as the gallery shows it' {
        $zip = [IO.Compression.ZipFile]::OpenRead($script:package)
        try {
            $reader = [IO.StreamReader]::new($zip.GetEntry('SuggestionDesk.nuspec').Open())
            [xml] $nuspec = $reader.ReadToEnd()
            $reader.Dispose()
        }
        finally { $zip.Dispose() }
        $metadata = $nuspec.package.metadata

        $metadata.id | Should -Be 'SuggestionDesk'
        $metadata.version | Should -Be $script:version
        $metadata.licenseUrl | Should -Be $script:data.PrivateData.PSData.LicenseUri
        $metadata.projectUrl | Should -Be $script:data.PrivateData.PSData.ProjectUri
        $metadata.releaseNotes | Should -Be $script:data.PrivateData.PSData.ReleaseNotes
        $metadata.description | Should -Be $script:data.Description
        $metadata.tags -split ' ' | Should -Contain 'PSModule'
    }

    It 'holds exactly the built module''s files, LICENSE and THIRD-PARTY-NOTICES among them' {
        $zip = [IO.Compression.ZipFile]::OpenRead($script:package)
        try { $entries = @($zip.Entries.FullName) }
        finally { $zip.Dispose() }
        $packaging = '^(\[Content_Types\]\.xml|_rels/.*|package/.*|SuggestionDesk\.nuspec)$'

        @($entries | Where-Object { $_ -notmatch $packaging } | Sort-Object) | Should -Be $script:files
        $entries | Should -Contain 'LICENSE'
        $entries | Should -Contain 'THIRD-PARTY-NOTICES'
        $entries | Should -Contain 'dependencies/fonts/licences/fonts-arphic-gbsn00lp.copyright.txt'
    }
}

Describe 'THIRD-PARTY-NOTICES' {
    It 'names every file the module redistributes that is not SuggestionDesk''s own' {
        $ours = '^(SuggestionDesk\.[^/]+|zh/SuggestionDesk\.resources\.dll|[a-z]{2}-[A-Z]{2}/(SuggestionDesk\.dll-Help\.xml|about_SuggestionDesk\.help\.txt)|LICENSE|THIRD-PARTY-NOTICES|CHANGELOG\.md|dependencies/(zh/)?SuggestionDesk\.[^/]+\.dll|dependencies/fonts/README\.md|dependencies/fonts/licences/.+)$'
        $theirs = @($script:files | Where-Object { $_ -notmatch $ours })

        $theirs.Count | Should -BeGreaterThan 50
        $missing = @($theirs | Where-Object { -not $script:notices.Contains($_) })
        $missing | Should -BeNullOrEmpty -Because 'every redistributed file needs its component and licence in THIRD-PARTY-NOTICES'
    }

    It 'names every NuGet package whose files the module carries, at the version restored, and no other' {
        $shipped = @(Get-ShippedPackage | Sort-Object)
        $listed = @([regex]::Matches($script:notices, '(?m)^([A-Za-z][\w.]+ \d+\.\d+\.\d+[\w.\-]*)\r?$').ForEach({ $_.Groups[1].Value }) | Sort-Object)

        $shipped | Should -Contain 'PDFsharp 6.2.4'
        $listed | Should -Be $shipped
    }

    It 'gives each component a licence whose text it carries' {
        $entries = [regex]::Matches($script:notices, '(?m)^  Licence:   (.+)$').ForEach({ $_.Groups[1].Value })
        $entries.Count | Should -Be ([regex]::Matches($script:notices, '(?m)^  Files:').Count)
        foreach ($licence in $entries) {
            $licence | Should -Match '^(MIT|Apache-2\.0|Arphic Public License|Bitstream Vera)'
        }
        $script:notices | Should -Match 'Permission is hereby granted, free of charge'
        $script:notices | Should -Match 'Apache License\s+Version 2\.0, January 2004'
        foreach ($licence in [regex]::Matches($script:notices, 'dependencies/fonts/licences/\S+?\.txt').Value) {
            Join-Path $script:moduleFolder $licence | Should -Exist
        }
    }
}

Describe 'Building on any OS' {
    It 'no source of the product or its build names a machine''s path or package manager' {
        $roots = 'src', 'module', 'functions', 'tools/build' | ForEach-Object { Join-Path $RepositoryRoot $_ }
        $sources = Get-ChildItem $roots -Recurse -File -Include *.cs, *.csproj, *.props, *.targets, *.ps1, *.psm1, *.psd1, *.ps1xml, *.json |
            Where-Object { $_.FullName -notmatch '[\\/](bin|obj|node_modules)[\\/]' }
        $sources += Get-Item (Join-Path $RepositoryRoot 'Directory.Build.props'), (Join-Path $RepositoryRoot 'Directory.Packages.props')
        # Unix folders, a Windows drive, and Debian's package tools (/dev/zero in a comment about hostile files is fine).
        $machinePath = '/usr/|/etc/|/opt/|/var/|/tmp/|/home/|/root/|/Users/|/Library/|\b[A-Za-z]:\\|\bapt-get\b|\bdpkg\b|fonts-arphic|fonts-droid|fonts-dejavu'

        $sources.Count | Should -BeGreaterThan 100
        $found = @($sources | Select-String -Pattern $machinePath | ForEach-Object { "$([IO.Path]::GetRelativePath($RepositoryRoot, $_.Path)):$($_.LineNumber): $($_.Line.Trim())" })
        $found | Should -BeNullOrEmpty
    }

    It 'build.ps1 offers every command build.sh does' {
        $shCommands = @(Select-String -Path (Join-Path $RepositoryRoot 'build.sh') -Pattern '^\s+([a-z]+)\) shift; cmd_' |
                ForEach-Object { $_.Matches[0].Groups[1].Value } | Sort-Object)
        $ast = [Management.Automation.Language.Parser]::ParseFile((Join-Path $RepositoryRoot 'build.ps1'), [ref] $null, [ref] $null)
        $command = $ast.ParamBlock.Parameters | Where-Object { $_.Name.VariablePath.UserPath -eq 'Command' }
        $validateSet = $command.Attributes | Where-Object { $_.TypeName.Name -eq 'ValidateSet' }

        $shCommands | Should -Contain 'package'
        @($validateSet.PositionalArguments.Value | Sort-Object) | Should -Be $shCommands
    }
}
