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

    # Every stand-in records its call; the state is what a tenant would hold.
    function global:Reset-FakeExchange([bool] $RbacForApps = $true) {
        $global:FakeExchange = @{
            Calls             = [System.Collections.Generic.List[object]]::new()
            RbacForApps       = $RbacForApps
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
        if ($global:FakeExchange.RbacForApps) { [pscustomobject]@{ Name = 'Application Mail.Send' }; [pscustomobject]@{ Name = 'Application Mail.Read' } } }
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
        $assignment = [pscustomobject]@{ Name = $Name; App = $App; Role = $Role; CustomResourceScope = $CustomResourceScope }
        $global:FakeExchange.Assignments.Add($assignment); $assignment }
    function global:Set-ManagementRoleAssignment { [CmdletBinding()] param($Identity, $CustomResourceScope) Add-FakeCall Set-ManagementRoleAssignment $PSBoundParameters }
    # Like the real cmdlet it takes -WhatIf, and under -WhatIf it tests nothing.
    function global:Test-ServicePrincipalAuthorization { [CmdletBinding(SupportsShouldProcess)] param($Identity, $Resource) Add-FakeCall Test-ServicePrincipalAuthorization $PSBoundParameters
        if (-not $PSCmdlet.ShouldProcess($Resource)) { return }
        foreach ($a in $global:FakeExchange.Assignments | Where-Object App -EQ $Identity) {
            $scope = $global:FakeExchange.Scopes | Where-Object Name -EQ $a.CustomResourceScope
            [pscustomobject]@{ RoleName = $a.Role; AllowedResourceScope = $scope.Name; InScope = $scope.RecipientFilter -eq "PrimarySmtpAddress -eq '$Resource'" }
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
        $arguments = @{ PrincipalObjectId = $script:objectId; AppId = $script:appId; SenderMailbox = $script:sender }
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

    It 'scopes Application Mail.Send to a filter naming exactly the sender mailbox, and verifies it' {
        $result = Invoke-Grant

        $scope = (Get-FakeCalls New-ManagementScope)[0].Parameters
        $scope.RecipientRestrictionFilter | Should -BeExactly "PrimarySmtpAddress -eq 'suggestions@example.gov.cn'"
        $assignment = (Get-FakeCalls New-ManagementRoleAssignment)[0].Parameters
        $assignment.Role | Should -BeExactly 'Application Mail.Send'
        $assignment.App | Should -Be $script:objectId
        $assignment.CustomResourceScope | Should -Be $scope.Name
        $sp = (Get-FakeCalls New-ServicePrincipal)[0].Parameters
        $sp.AppId | Should -Be $script:appId
        $sp.ObjectId | Should -Be $script:objectId
        (Get-FakeCalls Test-ServicePrincipalAuthorization)[0].Parameters.Resource | Should -Be $script:sender
        $result.SenderInScope | Should -BeTrue
        $result.Created | Should -Be @('ServicePrincipal', 'ManagementScope', 'ManagementRoleAssignment')
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
        $global:FakeExchange.Assignments.Count | Should -Be 1
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
        Reset-FakeExchange -RbacForApps $false

        { Invoke-Grant @{ Cloud = 'China' } } | Should -Throw '*Application Access Policy*'
        $global:FakeExchange.Calls.Name | Where-Object { $_ -like 'New-*' -or $_ -like 'Set-*' } | Should -BeNullOrEmpty
    }

    It 'finds the identity from the Function App' {
        $result = & $script:grant -FunctionAppName func-sdesk -ResourceGroup rg-sdesk -SenderMailbox $script:sender

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
    }
}
