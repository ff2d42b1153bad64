<#
.SYNOPSIS
    Lets the SuggestionDesk Function App send mail through Microsoft Graph as one mailbox only.

.DESCRIPTION
    Grants the Function App's system-assigned managed identity two Exchange Online application roles, both scoped
    with RBAC for Applications to a management scope that matches exactly one recipient, the sender mailbox:
      'Application Mail.Send'       sends the reminders, digests and reports;
      'Application Mail.ReadWrite'  lets the app create a draft and attach a file of 3 MB or more through an upload
                                    session, which Graph allows only with Mail.ReadWrite. A large committee report
                                    would otherwise be refused (403). On this scope it reaches the sender mailbox
                                    only, which holds nothing but what the app sends.
    Then asks Exchange (Test-ServicePrincipalAuthorization) that both roles reach the sender mailbox, and that they
    do not reach another mailbox (-DeniedMailbox, e.g. the office's own).

    Why not the Entra ID (Azure AD) Mail.Send application permission: an app-only Mail.Send granted in Entra is
    tenant-wide. It lets the app send as ANY mailbox in the organisation - the director's, the office head's, a
    deputy liaison's - and a leaked token or a bug would send official-looking mail in their names. The app needs
    one sender mailbox, so it gets one. This script never grants an Entra app role; if someone granted one by hand,
    remove it (Entra grants and Exchange RBAC grants add up, so the tenant-wide grant would still apply).

    Steps, each done only when missing (a second run changes nothing):
      1. Connect-ExchangeOnline to the right cloud (-Cloud China uses -ExchangeEnvironmentName O365China).
      2. Find the identity: -PrincipalObjectId and -AppId, or looked up from -FunctionAppName/-ResourceGroup with
         Az PowerShell (Get-AzWebApp, Get-AzADServicePrincipal; Connect-AzAccount first, in China with
         -Environment AzureChinaCloud).
      3. New-ServicePrincipal: Exchange's pointer to the identity's Entra service principal.
      4. New-ManagementScope with -RecipientRestrictionFilter "PrimarySmtpAddress -eq '<sender>'".
      5. New-ManagementRoleAssignment -App <identity> -Role <role> -CustomResourceScope <scope>, for each role. The
         assignment names ('<Name> Send <AppId>', '<Name> ReadWrite <AppId>') are kept within Exchange's limit of 64
         characters: a long -Name is shortened in them.
      6. Test-ServicePrincipalAuthorization -Identity <identity> -Resource <sender>: both roles in scope; and
         -Resource <denied mailbox>: neither.

    New role assignments can take up to two hours to reach Microsoft Graph (Exchange caches app permissions). On the
    run that creates them the script warns if Exchange does not report them in scope yet; run it again later to
    confirm (it changes nothing then), and before the first reminder run.

    Azure China (Office 365 operated by 21Vianet): RBAC for Applications is not documented for that cloud. The
    script checks that both roles exist before changing anything and stops if one does not. The fallback there is
    an Application Access Policy, which restricts (but needs) the Entra grants:
      a) create a mail-enabled security group holding only the sender mailbox;
      b) New-ApplicationAccessPolicy -AppId <AppId> -PolicyScopeGroupId <group> -AccessRight RestrictAccess
           -Description 'SuggestionDesk sends only as the sender mailbox';
      c) Test-ApplicationAccessPolicy -AppId <AppId> -Identity <sender> (Granted) and with another mailbox (Denied);
      d) only then have a Global Administrator grant the Entra Mail.Send and Mail.ReadWrite application permissions.
    Do step d) only after b) and c): without the policy the grants are tenant-wide.

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

.PARAMETER DeniedMailbox
    A mailbox the grant must not reach, checked after granting: the office's own (SuggestionDesk__OfficeMailbox),
    e.g. office@example.gov.cn. If Exchange says either role reaches it, the scope is wider than one mailbox and the
    script stops with an error.

.PARAMETER Cloud
    Global (default) or China (Office 365 operated by 21Vianet).

.PARAMETER Organization
    The tenant to manage, when the signed-in admin manages it from another tenant (passed to Connect-ExchangeOnline
    as -DelegatedOrganization), e.g. contoso.partner.onmschina.cn.

.PARAMETER Name
    Prefix of the names given to the Exchange objects (1-40 letters, digits, spaces, dots, dashes, underscores);
    defaults to SuggestionDesk. Shortened where a role assignment's name would pass Exchange's 64 characters.

.PARAMETER SkipConnect
    Use the Exchange Online session that is already open.

.EXAMPLE
    PS> ./infra/grant-graph-mail.ps1 -FunctionAppName func-sdesk-abc123 -ResourceGroup rg-suggestiondesk -SenderMailbox suggestions@example.gov.cn -DeniedMailbox office@example.gov.cn -WhatIf

    Shows what would be created, changing nothing. Needs Connect-AzAccount first to look up the identity.

.EXAMPLE
    PS> $out = az deployment group show -g rg-suggestiondesk -n main --query properties.outputs | ConvertFrom-Json
    PS> $appId = az ad sp show --id $out.principalId.value --query appId -o tsv
    PS> ./infra/grant-graph-mail.ps1 -PrincipalObjectId $out.principalId.value -AppId $appId -SenderMailbox suggestions@example.gov.cn -DeniedMailbox office@example.gov.cn

    Grants the identity from the deployment's outputs; run again at any time, it creates nothing twice. Run it again
    an hour or two later: SenderInScope True and DeniedMailboxReached False confirm the grant before the first
    reminder run.

.EXAMPLE
    PS> ./infra/grant-graph-mail.ps1 -PrincipalObjectId <id> -AppId <appId> -SenderMailbox suggestions@example.gov.cn -DeniedMailbox office@example.gov.cn -Cloud China

    The same in Azure China: connects with -ExchangeEnvironmentName O365China, and stops with the fallback steps if
    RBAC for Applications is not offered there.

.OUTPUTS
    An object naming the service principal, the scope, the role assignments, what this run created, whether
    Exchange confirmed both roles reach the sender mailbox (SenderInScope, and per role in Roles), and whether
    either reaches the denied mailbox (DeniedMailboxReached, always False on success).

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

    [Parameter(Mandatory)]
    [ValidatePattern('^[^@\s''"]+@[^@\s''"]+\.[^@\s''"]+$', ErrorMessage = "'{0}' is not a mailbox address like office@example.gov.cn.")]
    [string] $DeniedMailbox,

    [ValidateSet('Global', 'China')]
    [string] $Cloud = 'Global',

    [string] $Organization,

    [ValidatePattern('^[A-Za-z0-9 ._-]{1,40}$', ErrorMessage = "'{0}' is not a name prefix: 1-40 letters, digits, spaces, dots, dashes or underscores.")]
    [string] $Name = 'SuggestionDesk',

    [switch] $SkipConnect
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

# Role → the short word its assignment is named with.
$roles = [ordered]@{ 'Application Mail.Send' = 'Send'; 'Application Mail.ReadWrite' = 'ReadWrite' }
$exchangeEnvironment = @{ Global = 'O365Default'; China = 'O365China' }[$Cloud]
# Exchange refuses a role assignment name longer than 64 characters (New-ManagementRoleAssignment -Name).
$assignmentNameLimit = 64

if ($SenderMailbox -eq $DeniedMailbox) {
    throw "-DeniedMailbox must be another mailbox than the sender ($SenderMailbox), e.g. the office's own: it is the one the grant must not reach."
}

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
$available = @(Get-ManagementRole | ForEach-Object { $_.Name })
$missing = @($roles.Keys | Where-Object { $_ -notin $available })
if ($missing.Count -gt 0) {
    throw ("Exchange Online in this cloud ($Cloud) has no role $(($missing | ForEach-Object { "'$_'" }) -join ' or '): RBAC for Applications is not available here. " +
        "Nothing was changed. Use an Application Access Policy instead, as described in Get-Help $PSCommandPath -Full.")
}

# '<Name> <Short> <AppId>', the prefix shortened so the whole stays within Exchange's limit; the AppId is kept whole
# because it is what tells one app's assignments from another's.
function Get-AssignmentName([string] $Short) {
    $room = $assignmentNameLimit - " $Short $appIdText".Length
    "$($Name.Substring(0, [Math]::Min($Name.Length, $room)).TrimEnd()) $Short $appIdText"
}

$scopeName = "$Name sender mailbox"
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

# 3. Each role, on that scope only.
$assignments = [ordered]@{}
foreach ($role in $roles.Keys) {
    $assignmentName = Get-AssignmentName $roles[$role]
    $assignment = Get-ManagementRoleAssignment -Role $role | Where-Object { $_.Name -eq $assignmentName } | Select-Object -First 1
    if (-not $assignment) {
        if ($PSCmdlet.ShouldProcess("'$role' for $appIdText on scope '$scopeName'", 'New-ManagementRoleAssignment')) {
            $assignment = New-ManagementRoleAssignment -Name $assignmentName -App $objectId -Role $role -CustomResourceScope $scopeName
            $created.Add("ManagementRoleAssignment $($roles[$role])")
        }
    }
    elseif ($assignment.CustomResourceScope -ne $scopeName) {
        if ($PSCmdlet.ShouldProcess("role assignment '$assignmentName' (scope $($assignment.CustomResourceScope) to $scopeName)", 'Set-ManagementRoleAssignment')) {
            Set-ManagementRoleAssignment -Identity $assignmentName -CustomResourceScope $scopeName
            $created.Add("ManagementRoleAssignmentScope $($roles[$role])")
        }
    }
    $assignments[$role] = [pscustomobject]@{ Name = $assignmentName; Exists = [bool] $assignment }
}

# 4. Ask Exchange. Under -WhatIf only when nothing was left to create, since a pending change cannot be tested.
# Reads, also under -WhatIf (the cmdlet takes -WhatIf and would otherwise skip the check).
function Get-Reach([string] $Mailbox) {
    $reach = [ordered]@{}
    $grants = @(Test-ServicePrincipalAuthorization -Identity $objectId -Resource $Mailbox -WhatIf:$false)
    foreach ($role in $roles.Keys) {
        $reach[$role] = [bool] ($grants | Where-Object { $_.RoleName -eq $role -and $_.InScope -eq $true })
    }
    $reach
}

$inScope = $null
$deniedReached = $null
$reachBySender = [ordered]@{}
if ($servicePrincipal -and $scope -and -not ($assignments.Values | Where-Object { -not $_.Exists })) {
    # The denied mailbox first: a grant wider than the sender is an error whenever it is seen.
    $deniedReach = Get-Reach $DeniedMailbox
    $deniedReached = [bool] ($deniedReach.Values -contains $true)
    if ($deniedReached) {
        $wide = ($deniedReach.Keys | Where-Object { $deniedReach[$_] }) -join "', '"
        throw ("Exchange says '$wide' for $appIdText reaches $DeniedMailbox, not only $SenderMailbox. Another role assignment " +
            "with a wider scope exists for this app: list them with Get-ManagementRoleAssignment -RoleAssignee $objectId and remove it.")
    }

    $reachBySender = Get-Reach $SenderMailbox
    $inScope = -not ($reachBySender.Values -contains $false)
    $notYet = ($reachBySender.Keys | Where-Object { -not $reachBySender[$_] }) -join "', '"
    if (-not $inScope -and $created.Count -gt 0) {
        Write-Warning "Exchange does not yet report $SenderMailbox in scope of '$notYet': new role assignments can take up to two hours to apply. Run this script again later to verify; it changes nothing the second time."
    }
    elseif (-not $inScope) {
        throw "Exchange says '$notYet' for $appIdText does not reach $SenderMailbox. Check the scope '$scopeName' (Get-ManagementScope) and the mailbox's PrimarySmtpAddress."
    }
}

[pscustomobject]@{
    AppId                = $appIdText
    PrincipalId          = $objectId
    SenderMailbox        = $SenderMailbox
    DeniedMailbox        = $DeniedMailbox
    Scope                = $scopeName
    Filter               = $filter
    RoleAssignments      = @($assignments.Values | ForEach-Object { $_.Name })
    Roles                = [pscustomobject] $reachBySender
    Created              = $created.ToArray()
    SenderInScope        = $inScope
    DeniedMailboxReached = $deniedReached
}
