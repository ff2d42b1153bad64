<#
.SYNOPSIS
    Lets the SuggestionDesk Function App send mail through Microsoft Graph as one mailbox only.

.DESCRIPTION
    Grants the Function App's system-assigned managed identity the Exchange Online application role
    'Application Mail.Send', scoped with RBAC for Applications to a management scope that matches exactly one
    recipient: the sender mailbox. Then asks Exchange (Test-ServicePrincipalAuthorization) whether the grant
    reaches that mailbox.

    Why not the Entra ID (Azure AD) Mail.Send application permission: an app-only Mail.Send granted in Entra is
    tenant-wide. It lets the app send as ANY mailbox in the organisation - the director's, the office head's, a
    deputy liaison's - and a leaked token or a bug would send official-looking mail in their names. The app needs
    one sender mailbox, so it gets one. This script never grants the Entra app role; if someone granted it by hand,
    remove it (Entra grants and Exchange RBAC grants add up, so the tenant-wide grant would still apply).

    Steps, each done only when missing (a second run changes nothing):
      1. Connect-ExchangeOnline to the right cloud (-Cloud China uses -ExchangeEnvironmentName O365China).
      2. Find the identity: -PrincipalObjectId and -AppId, or looked up from -FunctionAppName/-ResourceGroup with
         Az PowerShell (Get-AzWebApp, Get-AzADServicePrincipal; Connect-AzAccount first, in China with
         -Environment AzureChinaCloud).
      3. New-ServicePrincipal: Exchange's pointer to the identity's Entra service principal.
      4. New-ManagementScope with -RecipientRestrictionFilter "PrimarySmtpAddress -eq '<sender>'".
      5. New-ManagementRoleAssignment -App <identity> -Role 'Application Mail.Send' -CustomResourceScope <scope>.
      6. Test-ServicePrincipalAuthorization -Identity <identity> -Resource <sender>: must be in scope.

    Azure China (Office 365 operated by 21Vianet): RBAC for Applications is not documented for that cloud. The
    script checks that the role 'Application Mail.Send' exists before changing anything and stops if it does not.
    The fallback there is an Application Access Policy, which restricts (but needs) the Entra Mail.Send grant:
      a) create a mail-enabled security group holding only the sender mailbox;
      b) New-ApplicationAccessPolicy -AppId <AppId> -PolicyScopeGroupId <group> -AccessRight RestrictAccess
           -Description 'SuggestionDesk sends only as the sender mailbox';
      c) Test-ApplicationAccessPolicy -AppId <AppId> -Identity <sender> (Granted) and with another mailbox (Denied);
      d) only then have a Global Administrator grant the Entra Mail.Send application permission.
    Do step d) only after b) and c): without the policy the grant is tenant-wide.

    Needs the ExchangeOnlineManagement module (3.x) and an Exchange Administrator (Organization Management).

.PARAMETER FunctionAppName
    The Function App whose system-assigned identity gets the grant (with -ResourceGroup).

.PARAMETER ResourceGroup
    The Function App's resource group.

.PARAMETER PrincipalObjectId
    Object ID of the identity's service principal (the 'principalId' output of infra/main.bicep).

.PARAMETER AppId
    Application (client) ID of that service principal: az ad sp show --id <PrincipalObjectId> --query appId.

.PARAMETER SenderMailbox
    The one mailbox the app may send as, e.g. suggestions@example.gov.cn (SuggestionDesk__SenderMailbox).

.PARAMETER Cloud
    Global (default) or China (Office 365 operated by 21Vianet).

.PARAMETER Organization
    The tenant to manage, when the signed-in admin manages it from another tenant (passed to Connect-ExchangeOnline
    as -DelegatedOrganization), e.g. contoso.partner.onmschina.cn.

.PARAMETER Name
    Prefix of the names given to the Exchange objects; defaults to SuggestionDesk.

.PARAMETER SkipConnect
    Use the Exchange Online session that is already open.

.EXAMPLE
    PS> ./infra/grant-graph-mail.ps1 -FunctionAppName func-sdesk-abc123 -ResourceGroup rg-suggestiondesk -SenderMailbox suggestions@example.gov.cn -WhatIf

    Shows what would be created, changing nothing. Needs Connect-AzAccount first to look up the identity.

.EXAMPLE
    PS> $out = az deployment group show -g rg-suggestiondesk -n main --query properties.outputs | ConvertFrom-Json
    PS> $appId = az ad sp show --id $out.principalId.value --query appId -o tsv
    PS> ./infra/grant-graph-mail.ps1 -PrincipalObjectId $out.principalId.value -AppId $appId -SenderMailbox suggestions@example.gov.cn

    Grants the identity from the deployment's outputs; run again at any time, it creates nothing twice.

.EXAMPLE
    PS> ./infra/grant-graph-mail.ps1 -PrincipalObjectId <id> -AppId <appId> -SenderMailbox suggestions@example.gov.cn -Cloud China

    The same in Azure China: connects with -ExchangeEnvironmentName O365China, and stops with the fallback steps if
    RBAC for Applications is not offered there.

.OUTPUTS
    An object naming the service principal, the scope, the role assignment, what this run created, and whether
    Exchange confirmed the mailbox is in scope.

.LINK
    https://learn.microsoft.com/exchange/permissions-exo/application-rbac
#>
[CmdletBinding(SupportsShouldProcess, DefaultParameterSetName = 'Principal')]
param(
    [Parameter(Mandatory, ParameterSetName = 'FunctionApp')]
    [string] $FunctionAppName,

    [Parameter(Mandatory, ParameterSetName = 'FunctionApp')]
    [string] $ResourceGroup,

    [Parameter(Mandatory, ParameterSetName = 'Principal')]
    [guid] $PrincipalObjectId,

    [Parameter(Mandatory, ParameterSetName = 'Principal')]
    [guid] $AppId,

    [Parameter(Mandatory)]
    [ValidatePattern('^[^@\s''"]+@[^@\s''"]+\.[^@\s''"]+$', ErrorMessage = "'{0}' is not a mailbox address like suggestions@example.gov.cn.")]
    [string] $SenderMailbox,

    [ValidateSet('Global', 'China')]
    [string] $Cloud = 'Global',

    [string] $Organization,

    [ValidatePattern('^[A-Za-z0-9 ._-]{1,20}$')]
    [string] $Name = 'SuggestionDesk',

    [switch] $SkipConnect
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$role = 'Application Mail.Send'
$exchangeEnvironment = @{ Global = 'O365Default'; China = 'O365China' }[$Cloud]

if (-not (Get-Command Connect-ExchangeOnline -ErrorAction SilentlyContinue)) {
    try { Import-Module ExchangeOnlineManagement -ErrorAction Stop }
    catch { throw "The ExchangeOnlineManagement module is needed: Install-Module ExchangeOnlineManagement -Scope CurrentUser. ($($_.Exception.Message))" }
}

# The identity: given, or read from the Function App (Az PowerShell, signed in to the same cloud).
if ($PSCmdlet.ParameterSetName -eq 'FunctionApp') {
    $site = Get-AzWebApp -ResourceGroupName $ResourceGroup -Name $FunctionAppName
    if (-not $site -or -not $site.Identity -or -not $site.Identity.PrincipalId) {
        throw "Function App '$FunctionAppName' in '$ResourceGroup' has no system-assigned identity. Deploy infra/main.bicep first."
    }
    $PrincipalObjectId = [guid] $site.Identity.PrincipalId
    $AppId = [guid] (Get-AzADServicePrincipal -ObjectId $PrincipalObjectId).AppId
}
$objectId = $PrincipalObjectId.ToString()
$appIdText = $AppId.ToString()

if (-not $SkipConnect) {
    $connect = @{ ExchangeEnvironmentName = $exchangeEnvironment; ShowBanner = $false }
    if ($Organization) { $connect.DelegatedOrganization = $Organization }
    Connect-ExchangeOnline @connect
}

# Listed and filtered rather than looked up by identity: a missing object is then an empty result, not an error.
if (-not (Get-ManagementRole | Where-Object { $_.Name -eq $role })) {
    throw ("Exchange Online in this cloud ($Cloud) has no role '$role': RBAC for Applications is not available here. " +
        "Nothing was changed. Use an Application Access Policy instead, as described in Get-Help $PSCommandPath -Full.")
}

$scopeName = "$Name sender mailbox"
$assignmentName = "$Name Mail.Send $appIdText"
# Exactly one recipient: the sender. A quote cannot occur in the address (validated above).
$filter = "PrimarySmtpAddress -eq '$SenderMailbox'"
$created = [System.Collections.Generic.List[string]]::new()

# 1. Exchange's pointer to the Entra service principal.
$servicePrincipal = Get-ServicePrincipal | Where-Object { "$($_.AppId)" -eq $appIdText } | Select-Object -First 1
if (-not $servicePrincipal -and $PSCmdlet.ShouldProcess("service principal $appIdText (object $objectId)", 'New-ServicePrincipal')) {
    $servicePrincipal = New-ServicePrincipal -AppId $appIdText -ObjectId $objectId -DisplayName "$Name Function App"
    $created.Add('ServicePrincipal')
}

# 2. The scope: the sender mailbox and nothing else.
$scope = Get-ManagementScope | Where-Object { $_.Name -eq $scopeName } | Select-Object -First 1
if (-not $scope) {
    if ($PSCmdlet.ShouldProcess("management scope '$scopeName' ($filter)", 'New-ManagementScope')) {
        $scope = New-ManagementScope -Name $scopeName -RecipientRestrictionFilter $filter
        $created.Add('ManagementScope')
    }
}
elseif ($scope.RecipientFilter -ne $filter) {
    if ($PSCmdlet.ShouldProcess("management scope '$scopeName' (from $($scope.RecipientFilter) to $filter)", 'Set-ManagementScope')) {
        Set-ManagementScope -Identity $scopeName -RecipientRestrictionFilter $filter
        $created.Add('ManagementScopeFilter')
    }
}

# 3. The role, on that scope only.
$assignment = Get-ManagementRoleAssignment -Role $role | Where-Object { $_.Name -eq $assignmentName } | Select-Object -First 1
if (-not $assignment) {
    if ($PSCmdlet.ShouldProcess("'$role' for $appIdText on scope '$scopeName'", 'New-ManagementRoleAssignment')) {
        $assignment = New-ManagementRoleAssignment -Name $assignmentName -App $objectId -Role $role -CustomResourceScope $scopeName
        $created.Add('ManagementRoleAssignment')
    }
}
elseif ($assignment.CustomResourceScope -ne $scopeName) {
    if ($PSCmdlet.ShouldProcess("role assignment '$assignmentName' (scope $($assignment.CustomResourceScope) to $scopeName)", 'Set-ManagementRoleAssignment')) {
        Set-ManagementRoleAssignment -Identity $assignmentName -CustomResourceScope $scopeName
        $created.Add('ManagementRoleAssignmentScope')
    }
}

# 4. Ask Exchange. Under -WhatIf only when nothing was left to create, since a pending change cannot be tested.
$inScope = $null
if ($servicePrincipal -and $scope -and $assignment) {
    # A read, also under -WhatIf (the cmdlet takes -WhatIf and would otherwise skip the check).
    $grants = @(Test-ServicePrincipalAuthorization -Identity $objectId -Resource $SenderMailbox -WhatIf:$false |
            Where-Object { $_.RoleName -eq $role })
    $inScope = [bool] ($grants | Where-Object { $_.InScope -eq $true })
    if (-not $inScope -and $created.Count -gt 0) {
        Write-Warning "Exchange does not yet report $SenderMailbox in scope of '$role': new role assignments can take up to two hours to apply. Run this script again later to verify; it changes nothing the second time."
    }
    elseif (-not $inScope) {
        throw "Exchange says '$role' for $appIdText does not reach $SenderMailbox. Check the scope '$scopeName' (Get-ManagementScope) and the mailbox's PrimarySmtpAddress."
    }
}

[pscustomobject]@{
    AppId            = $appIdText
    PrincipalId      = $objectId
    SenderMailbox    = $SenderMailbox
    Scope            = $scopeName
    Filter           = $filter
    RoleAssignment   = $assignmentName
    Created          = $created.ToArray()
    SenderInScope    = $inScope
}
