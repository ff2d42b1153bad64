@{
    RootModule           = 'SuggestionDesk.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '5d0f6c1e-7b1a-4c55-9a53-2f6f3d1e8b40'
    Author               = 'SuggestionDesk'
    CompanyName          = 'SuggestionDesk'
    Copyright            = '(c) SuggestionDesk. MIT licence.'
    Description          = 'Handle deputies'' suggestions and members'' proposals (建议提案办理): ledger, assignment, sign-for, contacts, replies, evaluations, deadlines on the Chinese working-day calendar, kept in Azure Table Storage.'
    CompatiblePSEditions = @('Core')
    PowerShellVersion    = '7.4'
    FormatsToProcess     = @('SuggestionDesk.format.ps1xml')
    CmdletsToExport      = @(
        'Connect-SuggestionStore'
        'Get-SuggestionStore'
        'New-Suggestion'
        'Get-Suggestion'
        'Set-Suggestion'
        'Remove-Suggestion'
        'Confirm-SuggestionReceipt'
        'Request-SuggestionReturn'
        'Approve-SuggestionReturn'
        'Deny-SuggestionReturn'
        'Add-SuggestionContact'
        'Get-SuggestionContact'
        'Request-SuggestionExtension'
        'Approve-SuggestionExtension'
        'Deny-SuggestionExtension'
        'Set-SuggestionReply'
        'Set-SuggestionEvaluation'
        'Publish-SuggestionReply'
        'Get-SuggestionPoint'
        'Set-SuggestionPoint'
        'Remove-SuggestionPoint'
        'Import-SuggestionPoint'
        'Get-SuggestionHistory'
        'Get-SuggestionDueDate'
        'Get-SuggestionDeadline'
        'Import-SuggestionCalendar'
        'Get-SuggestionDeadlinePolicy'
        'Set-SuggestionDeadlinePolicy'
        'Get-SuggestionSummary'
        'New-SuggestionReport'
        'Send-SuggestionReport'
        'Import-Suggestion'
        'Export-Suggestion'
        'Get-SuggestionDirectory'
        'Set-SuggestionDirectory'
        'Remove-SuggestionDirectory'
        'Send-SuggestionReminder'
        'Get-SuggestionReminderPolicy'
        'Set-SuggestionReminderPolicy'
        'Get-SuggestionActionLink'
        'Revoke-SuggestionActionLink'
        'Get-SuggestionActionLinkPolicy'
        'Set-SuggestionActionLinkPolicy'
        'Get-SuggestionRun'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    # Every file of the built module; written by the build (tools/build/Build-Module.ps1), empty here.
    FileList             = @()
    PrivateData          = @{
        PSData = @{
            # The version is ModuleVersion with this tag (0.1.0-preview1); CHANGELOG.md has a section for each.
            Prerelease   = 'preview1'
            Tags         = @('Suggestions', 'Proposals', 'Government', 'China', 'AzureTableStorage', 'Deadlines', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            # PLACEHOLDER: no public address of the repository is known yet (no git remote, none in the docs). This is
            # the one place to set it; the build makes LicenseUri from it (<ProjectUri>/blob/main/LICENSE).
            ProjectUri   = 'https://suggestiondesk.invalid/placeholder-public-repository'
            # Written by the build: LicenseUri from ProjectUri, ReleaseNotes from CHANGELOG.md's section for this version.
            LicenseUri   = ''
            ReleaseNotes = ''
        }
    }
}
