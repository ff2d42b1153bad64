# infra/grant-graph-mail.ps1 against a fake Exchange Online: stand-ins for the Exchange (and Az) cmdlets that keep
# the objects they create, so a second run sees the first run's work. No tenant is needed.
param(
    [Parameter(Mandatory)] [string] $RepositoryRoot
)

BeforeAll {
    $script:grant = Join-Path $RepositoryRoot 'infra/grant-graph-mail.ps1'
    $script:appId = '71487acd-ec93-476d-bd0e-6c8b31831053'
    $script:objectId = '6233fba6-0198-4277-892f-9275bf728bcc'
    $script:sender = 'suggestions@example.gov.cn'
    $script:office = 'office@example.gov.cn'
    $script:roles = 'Application Mail.Send', 'Application Mail.ReadWrite'
    # A filter that reaches every mailbox, as a scope made by someone else for another purpose might.
    $script:everyone = "RecipientTypeDetails -eq 'UserMailbox'"

    # Every stand-in records its call; the state is what a tenant would hold.
    function global:Reset-FakeExchange([string[]] $Roles = @('Application Mail.Send', 'Application Mail.ReadWrite', 'Application Mail.Read')) {
        $global:FakeExchange = @{
            Calls             = [System.Collections.Generic.List[object]]::new()
            Roles             = $Roles
            # True while new assignments have not reached Exchange's authorization yet (up to two hours).
            Pending           = $false
            ServicePrincipals = [System.Collections.Generic.List[object]]::new()
            Scopes            = [System.Collections.Generic.List[object]]::new()
            Assignments       = [System.Collections.Generic.List[object]]::new()
        }
    }
    function global:Add-FakeCall([string] $Name, [hashtable] $Parameters) {
        $global:FakeExchange.Calls.Add([pscustomobject]@{ Name = $Name; Parameters = $Parameters })
    }

    function global:Connect-ExchangeOnline { [CmdletBinding()] param($ExchangeEnvironmentName, $DelegatedOrganization, [bool] $ShowBanner) Add-FakeCall Connect-ExchangeOnline $PSBoundParameters }
    function global:Get-ManagementRole { [CmdletBinding()] param() Add-FakeCall Get-ManagementRole @{}
        [pscustomobject]@{ Name = 'Mail Recipients' }
        foreach ($role in $global:FakeExchange.Roles) { [pscustomobject]@{ Name = $role } } }
    function global:Get-ServicePrincipal { [CmdletBinding()] param() Add-FakeCall Get-ServicePrincipal @{}; $global:FakeExchange.ServicePrincipals }
    function global:New-ServicePrincipal { [CmdletBinding()] param($AppId, $ObjectId, $DisplayName) Add-FakeCall New-ServicePrincipal $PSBoundParameters
        $sp = [pscustomobject]@{ AppId = $AppId; ObjectId = $ObjectId; DisplayName = $DisplayName }
        $global:FakeExchange.ServicePrincipals.Add($sp); $sp }
    function global:Get-ManagementScope { [CmdletBinding()] param() Add-FakeCall Get-ManagementScope @{}; $global:FakeExchange.Scopes }
    function global:New-ManagementScope { [CmdletBinding()] param($Name, $RecipientRestrictionFilter) Add-FakeCall New-ManagementScope $PSBoundParameters
        $scope = [pscustomobject]@{ Name = $Name; RecipientFilter = $RecipientRestrictionFilter }
        $global:FakeExchange.Scopes.Add($scope); $scope }
    function global:Set-ManagementScope { [CmdletBinding()] param($Identity, $RecipientRestrictionFilter) Add-FakeCall Set-ManagementScope $PSBoundParameters
        ($global:FakeExchange.Scopes | Where-Object Name -EQ $Identity).RecipientFilter = $RecipientRestrictionFilter }
    function global:Get-ManagementRoleAssignment { [CmdletBinding()] param($Role) Add-FakeCall Get-ManagementRoleAssignment $PSBoundParameters
        $global:FakeExchange.Assignments | Where-Object Role -EQ $Role }
    function global:New-ManagementRoleAssignment { [CmdletBinding()] param($Name, $App, $Role, $CustomResourceScope) Add-FakeCall New-ManagementRoleAssignment $PSBoundParameters
        # Exchange refuses a name over 64 characters.
        if ($Name.Length -gt 64) { throw "The length of the property is too long. The maximum length is 64 and the length of the value provided is $($Name.Length)." }
        $assignment = [pscustomobject]@{ Name = $Name; App = $App; Role = $Role; CustomResourceScope = $CustomResourceScope }
        $global:FakeExchange.Assignments.Add($assignment); $assignment }
    function global:Set-ManagementRoleAssignment { [CmdletBinding()] param($Identity, $CustomResourceScope) Add-FakeCall Set-ManagementRoleAssignment $PSBoundParameters }
    # Like the real cmdlet it takes -WhatIf, and under -WhatIf it tests nothing.
    function global:Test-ServicePrincipalAuthorization { [CmdletBinding(SupportsShouldProcess)] param($Identity, $Resource) Add-FakeCall Test-ServicePrincipalAuthorization $PSBoundParameters
        if (-not $PSCmdlet.ShouldProcess($Resource)) { return }
        foreach ($a in $global:FakeExchange.Assignments | Where-Object App -EQ $Identity) {
            $scope = $global:FakeExchange.Scopes | Where-Object Name -EQ $a.CustomResourceScope
            $reaches = $scope.RecipientFilter -eq "PrimarySmtpAddress -eq '$Resource'" -or $scope.RecipientFilter -eq "RecipientTypeDetails -eq 'UserMailbox'"
            [pscustomobject]@{ RoleName = $a.Role; AllowedResourceScope = $scope.Name; InScope = $reaches -and -not $global:FakeExchange.Pending }
        } }
    function global:Get-AzWebApp { [CmdletBinding()] param($ResourceGroupName, $Name) Add-FakeCall Get-AzWebApp $PSBoundParameters
        [pscustomobject]@{ Name = $Name; Identity = [pscustomobject]@{ PrincipalId = '6233fba6-0198-4277-892f-9275bf728bcc' } } }
    function global:Get-AzADServicePrincipal { [CmdletBinding()] param($ObjectId) Add-FakeCall Get-AzADServicePrincipal $PSBoundParameters
        [pscustomobject]@{ Id = $ObjectId; AppId = '71487acd-ec93-476d-bd0e-6c8b31831053' } }
    # What a tenant-wide grant would call: present so that a call would be recorded, not fail as unknown.
    $script:tenantWide = 'New-MgServicePrincipalAppRoleAssignment', 'New-MgServicePrincipalAppRoleAssignedTo', 'New-AzADServicePrincipalAppRoleAssignment', 'New-ApplicationAccessPolicy'
    foreach ($name in $script:tenantWide) {
        New-Item -Path "function:global:$name" -Value ([scriptblock]::Create("Add-FakeCall $name `$PSBoundParameters")) -Force | Out-Null
    }

    function Invoke-Grant([hashtable] $Extra = @{}) {
        $arguments = @{ PrincipalObjectId = $script:objectId; AppId = $script:appId; SenderMailbox = $script:sender; DeniedMailbox = $script:office }
        foreach ($key in $Extra.Keys) { $arguments[$key] = $Extra[$key] }
        & $script:grant @arguments 3>$null
    }
    function Get-FakeCalls([string] $Name) { @($global:FakeExchange.Calls | Where-Object Name -EQ $Name) }
}

AfterAll {
    Get-ChildItem function: | Where-Object { $_.Name -in @(
            'Reset-FakeExchange', 'Add-FakeCall', 'Connect-ExchangeOnline', 'Get-ManagementRole', 'Get-ServicePrincipal', 'New-ServicePrincipal',
            'Get-ManagementScope', 'New-ManagementScope', 'Set-ManagementScope', 'Get-ManagementRoleAssignment', 'New-ManagementRoleAssignment',
            'Set-ManagementRoleAssignment', 'Test-ServicePrincipalAuthorization', 'Get-AzWebApp', 'Get-AzADServicePrincipal') + $script:tenantWide } |
        Remove-Item
    Remove-Variable -Name FakeExchange -Scope Global -ErrorAction SilentlyContinue
}

Describe 'grant-graph-mail.ps1' {
    BeforeEach { Reset-FakeExchange }

    It 'scopes Application Mail.Send and Mail.ReadWrite to a filter naming exactly the sender mailbox, and verifies both' {
        $result = Invoke-Grant

        $scope = (Get-FakeCalls New-ManagementScope)[0].Parameters
        $scope.RecipientRestrictionFilter | Should -BeExactly "PrimarySmtpAddress -eq 'suggestions@example.gov.cn'"
        $assignments = @(Get-FakeCalls New-ManagementRoleAssignment | ForEach-Object Parameters)
        $assignments.Role | Should -Be $script:roles
        foreach ($assignment in $assignments) {
            $assignment.App | Should -Be $script:objectId
            $assignment.CustomResourceScope | Should -Be $scope.Name
        }
        $sp = (Get-FakeCalls New-ServicePrincipal)[0].Parameters
        $sp.AppId | Should -Be $script:appId
        $sp.ObjectId | Should -Be $script:objectId
        @(Get-FakeCalls Test-ServicePrincipalAuthorization).Parameters.Resource | Should -Contain $script:sender
        $result.SenderInScope | Should -BeTrue
        $result.Roles.'Application Mail.Send' | Should -BeTrue
        $result.Roles.'Application Mail.ReadWrite' | Should -BeTrue
        $result.Created | Should -Be @('ServicePrincipal', 'ManagementScope', 'ManagementRoleAssignment Send', 'ManagementRoleAssignment ReadWrite')
    }

    It 'checks that the grant does not reach another mailbox (the office''s own)' {
        $result = Invoke-Grant

        @(Get-FakeCalls Test-ServicePrincipalAuthorization).Parameters.Resource | Should -Contain $script:office
        $result.DeniedMailbox | Should -Be $script:office
        $result.DeniedMailboxReached | Should -BeFalse
    }

    It 'stops when a wider assignment for the app reaches the denied mailbox, naming the role and the mailbox' {
        Invoke-Grant | Out-Null
        $global:FakeExchange.Scopes.Add([pscustomobject]@{ Name = 'All mailboxes'; RecipientFilter = $script:everyone })
        $global:FakeExchange.Assignments.Add([pscustomobject]@{ Name = 'someone else''s'; App = $script:objectId; Role = 'Application Mail.ReadWrite'; CustomResourceScope = 'All mailboxes' })

        { Invoke-Grant } | Should -Throw "*'Application Mail.ReadWrite'*reaches office@example.gov.cn*"
    }

    It 'refuses the sender as the denied mailbox' {
        { Invoke-Grant @{ DeniedMailbox = $script:sender } } | Should -Throw '*-DeniedMailbox must be another mailbox*'
        $global:FakeExchange.Calls | Should -BeNullOrEmpty
    }

    It 'keeps every role assignment name within Exchange''s 64 characters with a long -Name, whole AppId kept' {
        $long = 'Suggestion Desk Office of the Standing C'
        $long.Length | Should -Be 40

        $result = Invoke-Grant @{ Name = $long }

        $names = @(Get-FakeCalls New-ManagementRoleAssignment | ForEach-Object { $_.Parameters.Name })
        $names.Count | Should -Be 2
        foreach ($name in $names) {
            $name.Length | Should -BeLessOrEqual 64
            $name | Should -BeLike "Suggestion Desk*$($script:appId)"
        }
        $names | Should -Be @("Suggestion Desk Office Send $($script:appId)", "Suggestion Desk O ReadWrite $($script:appId)")
        $result.RoleAssignments | Should -Be $names
        $result.SenderInScope | Should -BeTrue

        $global:FakeExchange.Calls.Clear()
        (Invoke-Grant @{ Name = $long }).Created | Should -BeNullOrEmpty
    }

    It 'keeps the default -Name whole in the assignment names' {
        $result = Invoke-Grant

        $result.RoleAssignments | Should -Be @("SuggestionDesk Send $($script:appId)", "SuggestionDesk ReadWrite $($script:appId)")
    }

    It 'warns, not fails, while new assignments have not reached Exchange yet, and fails once nothing was created' {
        $global:FakeExchange.Pending = $true

        $first = & $script:grant -PrincipalObjectId $script:objectId -AppId $script:appId -SenderMailbox $script:sender -DeniedMailbox $script:office -WarningVariable warnings 3>$null

        $first.SenderInScope | Should -BeFalse
        "$warnings" | Should -BeLike '*up to two hours*'
        { Invoke-Grant } | Should -Throw "*does not reach suggestions@example.gov.cn*"
    }

    It 'never grants a tenant-wide Entra permission' {
        Invoke-Grant | Out-Null

        foreach ($name in $script:tenantWide) { Get-FakeCalls $name | Should -BeNullOrEmpty -Because "$name would not be scoped to one mailbox" }
        $commands = [System.Management.Automation.Language.Parser]::ParseFile($script:grant, [ref] $null, [ref] $null).FindAll(
            { $args[0] -is [System.Management.Automation.Language.CommandAst] }, $true) | ForEach-Object { $_.GetCommandName() }
        $commands | Where-Object { $_ -match 'AppRoleAssign|ApplicationAccessPolicy|MgGraph|RestMethod|WebRequest|^az$' } | Should -BeNullOrEmpty
    }

    It 'creates nothing on a second run and verifies again' {
        Invoke-Grant | Out-Null
        $global:FakeExchange.Calls.Clear()

        $second = Invoke-Grant

        $second.Created | Should -BeNullOrEmpty
        $global:FakeExchange.Calls.Name | Where-Object { $_ -like 'New-*' -or $_ -like 'Set-*' } | Should -BeNullOrEmpty
        $global:FakeExchange.ServicePrincipals.Count | Should -Be 1
        $global:FakeExchange.Scopes.Count | Should -Be 1
        $global:FakeExchange.Assignments.Count | Should -Be 2
        $second.SenderInScope | Should -BeTrue
    }

    It 'changes nothing with -WhatIf' {
        $result = Invoke-Grant @{ WhatIf = $true }

        $global:FakeExchange.Calls.Name | Where-Object { $_ -like 'New-*' -or $_ -like 'Set-*' } | Should -BeNullOrEmpty
        $result.Created | Should -BeNullOrEmpty
        $global:FakeExchange.Scopes.Count | Should -Be 0
    }

    It 'verifies an existing grant under -WhatIf without changing it' {
        Invoke-Grant | Out-Null
        $global:FakeExchange.Calls.Clear()

        $result = Invoke-Grant @{ WhatIf = $true }

        $result.SenderInScope | Should -BeTrue
        $global:FakeExchange.Calls.Name | Where-Object { $_ -like 'New-*' -or $_ -like 'Set-*' } | Should -BeNullOrEmpty
    }

    It 'narrows a scope whose filter was changed to anything but the sender' {
        Invoke-Grant | Out-Null
        $global:FakeExchange.Scopes[0].RecipientFilter = "RecipientTypeDetails -eq 'UserMailbox'"

        $result = Invoke-Grant

        (Get-FakeCalls Set-ManagementScope)[0].Parameters.RecipientRestrictionFilter | Should -BeExactly "PrimarySmtpAddress -eq 'suggestions@example.gov.cn'"
        $result.SenderInScope | Should -BeTrue
    }

    It 'connects to Office 365 operated by 21Vianet with -Cloud China, and to the global cloud by default' {
        Invoke-Grant @{ Cloud = 'China'; Organization = 'contoso.partner.onmschina.cn' } | Out-Null
        Invoke-Grant | Out-Null

        $connects = Get-FakeCalls Connect-ExchangeOnline
        $connects[0].Parameters.ExchangeEnvironmentName | Should -Be 'O365China'
        $connects[0].Parameters.DelegatedOrganization | Should -Be 'contoso.partner.onmschina.cn'
        $connects[1].Parameters.ExchangeEnvironmentName | Should -Be 'O365Default'
    }

    It 'stops before changing anything where RBAC for Applications does not exist, naming the fallback' {
        Reset-FakeExchange -Roles @()

        { Invoke-Grant @{ Cloud = 'China' } } | Should -Throw '*Application Access Policy*'
        $global:FakeExchange.Calls.Name | Where-Object { $_ -like 'New-*' -or $_ -like 'Set-*' } | Should -BeNullOrEmpty
    }

    It 'stops before changing anything when only Mail.ReadWrite is missing, naming it' {
        Reset-FakeExchange -Roles @('Application Mail.Send')

        { Invoke-Grant } | Should -Throw "*no role 'Application Mail.ReadWrite'*"
        $global:FakeExchange.Calls.Name | Where-Object { $_ -like 'New-*' -or $_ -like 'Set-*' } | Should -BeNullOrEmpty
    }

    It 'finds the identity from the Function App' {
        $result = & $script:grant -FunctionAppName func-sdesk -ResourceGroup rg-sdesk -SenderMailbox $script:sender -DeniedMailbox $script:office

        (Get-FakeCalls Get-AzWebApp)[0].Parameters.Name | Should -Be 'func-sdesk'
        $result.AppId | Should -Be $script:appId
        $result.PrincipalId | Should -Be $script:objectId
    }

    It 'refuses an address that is not one mailbox' {
        { Invoke-Grant @{ SenderMailbox = "x' -or Name -like '*" } } | Should -Throw '*is not a mailbox address*'
        $global:FakeExchange.Calls | Should -BeNullOrEmpty
    }

    It 'has help with a synopsis, the reason against tenant-wide Mail.Send, and examples' {
        $help = Get-Help $script:grant -Full

        $help.Synopsis | Should -Match 'one mailbox'
        ($help.Description | Out-String) | Should -Match 'tenant-wide'
        ($help.Description | Out-String) | Should -Match 'director'
        @($help.Examples.Example).Count | Should -BeGreaterOrEqual 3
        @($help.Parameters.Parameter).Name | Should -Contain 'SenderMailbox'
        @($help.Parameters.Parameter).Name | Should -Contain 'DeniedMailbox'
        ($help.Description | Out-String) | Should -Match 'Mail.ReadWrite'
        ($help.Description | Out-String) | Should -Match 'two hours'
    }
}
