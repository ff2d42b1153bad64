// SuggestionDesk in Azure: a data account (the office's tables and report archive: locked, versioned, WORM on the
// archive, every access logged), a host account (the Functions host's storage and the app package), the Functions
// app with a system-assigned identity, Application Insights on Log Analytics, and the roles of the app's identity
// and of the office's operator group. No keys or secrets: every connection is Entra ID (telemetry in Azure China
// excepted, see appInsightsLocalAuth). Deploys to the global cloud and to Azure China (21Vianet): endpoints come from
// the resources and environment(), never from literals. Parameters that cannot work are refused with fail().
//
//   az deployment group create --resource-group <rg> --template-file infra/main.bicep --parameters infra/main.bicepparam

targetScope = 'resourceGroup'

@description('Azure region. Flex Consumption is offered in a subset of regions: az functionapp list-flexconsumption-locations.')
param location string = resourceGroup().location

@description('Short name the resource names are made from: 2-12 letters and digits (it goes into the storage account names).')
@minLength(2)
@maxLength(12)
param baseName string = 'sdesk'

@description('Function app name; globally unique (it is the host name).')
param functionAppName string = 'func-${baseName}-${uniqueString(resourceGroup().id)}'

@description('The Functions host\'s storage account: globally unique, 3-24 lowercase letters and digits.')
param hostStorageAccountName string = take('st${toLower(baseName)}h${uniqueString(resourceGroup().id)}', 24)

@description('The office\'s data account (tables and report archive): globally unique, 3-24 lowercase letters and digits.')
param dataStorageAccountName string = take('st${toLower(baseName)}d${uniqueString(resourceGroup().id)}', 24)

@description('FlexConsumption (default) or ElasticPremium (EP1) where Flex Consumption is not offered, e.g. some Azure China regions. Cannot be switched in place on an existing app.')
@allowed([
  'FlexConsumption'
  'ElasticPremium'
])
param hostingPlan string = 'FlexConsumption'

@description('.NET version of the isolated worker.')
param dotnetVersion string = '10.0'

@description('Global or China: which Microsoft Graph and Entra authority the app uses. Must be the cloud deployed to: a 21Vianet mail tenant needs Azure China, global Microsoft 365 needs global Azure.')
@allowed([
  'Global'
  'China'
])
param cloud string = environment().name == 'AzureChinaCloud' ? 'China' : 'Global'

@description('Object ID of the Entra group of the office\'s administrators: Storage Table Data Contributor on the data account and Storage Blob Data Contributor on \'reports\' (its WORM policy keeps every report unchangeable), for the module\'s cmdlets.')
param operatorGroupObjectId string

@description('Mailbox the app sends from (the only one the Graph grant allows), e.g. suggestions@example.gov.cn.')
param senderMailbox string

@description('The supervising office\'s mailbox (copied on escalations and digests).')
param officeMailbox string

@description('Standing committee recipients of the monthly and year-end report, separated by semicolons.')
param committeeRecipients string = ''

@description('Language of mails and reports.')
@allowed([
  'Chinese'
  'English'
])
param language string = 'Chinese'

@description('A folder in the app package holding the office\'s own fonts for the report (仿宋, 小标宋, 黑体, 楷体, 宋体), relative to the app\'s folder, e.g. office-fonts; empty for the bundled fonts.')
param reportFontFolder string = ''

@description('Table prefix (letters and digits, starting with a letter); the app\'s tables are {prefix}Items, {prefix}Numbers, ...')
param tablePrefix string = 'sd'

@description('Daily reminders, NCRONTAB in UTC: 01:00 UTC is 09:00 in China.')
param reminderSchedule string = '0 0 1 * * *'

@description('Weekly digest check, daily in UTC; the app sends only on the first working day of the week.')
param digestSchedule string = '0 30 1 * * *'

@description('Report run: the 1st of each month, 02:00 UTC.')
param reportSchedule string = '0 0 2 1 * *'

@description('Redundancy of the data account: Standard_ZRS (default) or Standard_GZRS for production; Standard_GRS or Standard_LRS where the region has no availability zones.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
  'Standard_RAGRS'
  'Standard_RAGZRS'
])
param dataRedundancy string = 'Standard_ZRS'

@description('Days the Log Analytics workspace keeps every log (telemetry, function logs, storage access logs). 180 by default, the six months China\'s Cybersecurity Law asks of covered operators.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 180

@description('Days each archived report stays write- and delete-protected (WORM). Follow the office\'s archive rules; once the policy is locked it can be extended, never shortened.')
@minValue(1)
@maxValue(146000)
param reportRetentionDays int = 3650

@description('Set to true after locking the WORM policy on \'reports\' (az storage container immutability-policy lock): a locked policy cannot be PUT again, so redeploys leave it alone.')
param reportRetentionLocked bool = false

@description('Enabled: Application Insights also accepts the instrumentation key (needed in Azure China, where the SDKs\' Entra ingestion does not work). Disabled: Entra ID only. Defaults by cloud; Disabled is refused in China.')
@allowed([
  'Enabled'
  'Disabled'
])
param appInsightsLocalAuth string = cloud == 'China' ? 'Enabled' : 'Disabled'

@description('Storage public network access. Only Enabled works with this template: it has no virtual network or private endpoints, so with Disabled the app could not reach its storage.')
@allowed([
  'Enabled'
  'Disabled'
])
param storagePublicNetworkAccess string = 'Enabled'

@description('Account: the app\'s table role covers the data account\'s tables. Table: one assignment per table, stricter; for new deployments only (see infra/README.md).')
@allowed([
  'Account'
  'Table'
])
param tableAccessScope string = 'Account'

@description('Elastic Premium: name of the package blob in the deployment container the app runs from (ends in .zip).')
param packageBlobName string = 'suggestiondesk.zip'

@description('Whether the timers\' reminders carry links officers act from (签收, 登记沟通 …), served by the app at /act/{token}.')
param actionLinks bool = true

@description('The address officers reach the app at, when not its own host name (a custom domain, a gateway); empty for https://<the app\'s host name>/.')
param actionBaseUrl string = ''

@description('Client ID of an Entra app registration for signing in to the action pages; empty leaves sign-in off (the link\'s token is the key). See infra/README.md.')
param actionSignInClientId string = ''

param tags object = {
  application: 'SuggestionDesk'
}

// A storage account name is 3-24 lowercase letters and digits.
func isStorageAccountName(name string) bool =>
  length(name) >= 3 && length(name) <= 24 && empty(filter(map(range(0, length(name)), i => substring(name, i, 1)), c => !contains('abcdefghijklmnopqrstuvwxyz0123456789', c)))

var deploymentCloud = environment().name == 'AzureChinaCloud' ? 'China' : environment().name == 'AzureCloud' ? 'Global' : 'Unsupported'

// Refusals: each value is used below, so a deployment with a value that cannot work stops with the message.
// The cloud is checked apart, since environment() is known only to a real deployment; its result is a tag on every
// resource, so the first module (monitoring) already stops a deployment to the wrong cloud.
var checkedCloud = deploymentCloud == 'Unsupported'
  ? fail('This template deploys to global Azure (AzureCloud) or Azure China (AzureChinaCloud), not to ${environment().name}.')
  : cloud == deploymentCloud
      ? cloud
      : fail('cloud=${cloud} but this deployment goes to ${environment().name}. A 21Vianet Microsoft 365 tenant needs Azure China (az cloud set --name AzureChinaCloud), global Microsoft 365 needs global Azure: deploy to the cloud of the mail tenant and leave cloud at its default.')
var resourceTags = union(tags, { 'suggestiondesk-cloud': checkedCloud })

var checked = {
  baseName: isStorageAccountName('st${toLower(baseName)}')
    ? baseName
    : fail('baseName \'${baseName}\' must be letters and digits only: it becomes part of the storage account names. Choose e.g. \'sdesk\'.')
  hostStorageAccountName: isStorageAccountName(hostStorageAccountName)
    ? hostStorageAccountName
    : fail('hostStorageAccountName \'${hostStorageAccountName}\' is not a storage account name: 3-24 lowercase letters and digits.')
  dataStorageAccountName: isStorageAccountName(dataStorageAccountName) && dataStorageAccountName != hostStorageAccountName
    ? dataStorageAccountName
    : fail('dataStorageAccountName \'${dataStorageAccountName}\' must be 3-24 lowercase letters and digits, and differ from the host account\'s name.')
  appInsightsLocalAuth: cloud == 'China' && appInsightsLocalAuth == 'Disabled'
    ? fail('appInsightsLocalAuth=Disabled cannot work in Azure China: the Application Insights SDKs request an Entra token for the global cloud\'s audience there, so every log would be lost. Leave it at its default (Enabled) in China.')
    : appInsightsLocalAuth
  storagePublicNetworkAccess: storagePublicNetworkAccess == 'Disabled'
    ? fail('storagePublicNetworkAccess=Disabled needs a network design (virtual network integration and private endpoints with their DNS zones) that this template does not make: the app could not reach its storage. Leave it Enabled.')
    : storagePublicNetworkAccess
  operatorGroupObjectId: length(operatorGroupObjectId) == 36 && operatorGroupObjectId != '00000000-0000-0000-0000-000000000000'
    ? operatorGroupObjectId
    : fail('operatorGroupObjectId \'${operatorGroupObjectId}\' is not a group\'s object ID. Give the ID of the Entra group of the office\'s administrators: az ad group show --group <name> --query id -o tsv.')
  packageBlobName: endsWith(toLower(packageBlobName), '.zip') && !contains(packageBlobName, '/')
    ? packageBlobName
    : fail('packageBlobName \'${packageBlobName}\' must be a blob name ending in .zip (run-from-package reads only zip files).')
}

var token = uniqueString(resourceGroup().id)
var telemetryWithEntraId = checked.appInsightsLocalAuth == 'Disabled'
var reportContainerName = 'reports'
var replyContainerName = 'replies'
var deploymentContainerName = 'app-package-${token}'
// Keep in step with src/SuggestionDesk.Storage/TableNames.cs.
var tableNames = map(
  ['Items', 'Numbers', 'Sessions', 'Calendar', 'ReminderLog', 'Settings', 'ActionLinks'],
  table => '${tablePrefix}${table}'
)

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    workspaceName: 'log-${checked.baseName}-${token}'
    appInsightsName: 'appi-${checked.baseName}-${token}'
    retentionInDays: logRetentionDays
    localAuth: checked.appInsightsLocalAuth
    tags: resourceTags
  }
}

module hostStorage 'modules/host-storage.bicep' = {
  name: 'hostStorage'
  params: {
    location: location
    name: checked.hostStorageAccountName
    deploymentContainerName: deploymentContainerName
    publicNetworkAccess: checked.storagePublicNetworkAccess
    workspaceId: monitoring.outputs.workspaceId
    tags: resourceTags
  }
}

module dataStorage 'modules/data-storage.bicep' = {
  name: 'dataStorage'
  params: {
    location: location
    name: checked.dataStorageAccountName
    skuName: dataRedundancy
    tableNames: tableNames
    reportContainerName: reportContainerName
    reportRetentionDays: reportRetentionDays
    reportRetentionLocked: reportRetentionLocked
    publicNetworkAccess: checked.storagePublicNetworkAccess
    workspaceId: monitoring.outputs.workspaceId
    tags: resourceTags
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionApp'
  params: {
    location: location
    name: functionAppName
    planName: 'plan-${checked.baseName}-${token}'
    hostingPlan: hostingPlan
    dotnetVersion: dotnetVersion
    hostBlobEndpoint: hostStorage.outputs.blobEndpoint
    hostQueueEndpoint: hostStorage.outputs.queueEndpoint
    hostTableEndpoint: hostStorage.outputs.tableEndpoint
    deploymentContainerName: deploymentContainerName
    packageBlobName: checked.packageBlobName
    appInsightsConnectionString: monitoring.outputs.connectionString
    telemetryWithEntraId: telemetryWithEntraId
    workspaceId: monitoring.outputs.workspaceId
    tags: resourceTags
    // What the app reads; documented in infra/README.md ("App settings"). Bicep owns every setting: change them here
    // and redeploy, since a redeploy replaces settings made by hand.
    appSettings: {
      SuggestionDesk__Cloud: cloud
      SuggestionDesk__TableEndpoint: dataStorage.outputs.tableEndpoint
      SuggestionDesk__TablePrefix: tablePrefix
      SuggestionDesk__BlobEndpoint: dataStorage.outputs.blobEndpoint
      SuggestionDesk__ReportContainer: reportContainerName
      SuggestionDesk__SenderMailbox: senderMailbox
      SuggestionDesk__OfficeMailbox: officeMailbox
      SuggestionDesk__CommitteeRecipients: committeeRecipients
      SuggestionDesk__Language: language
      SuggestionDesk__ReportFontFolder: reportFontFolder
      ReminderSchedule: reminderSchedule
      DigestSchedule: digestSchedule
      ReportSchedule: reportSchedule
      SuggestionDesk__ActionLinks: string(actionLinks)
      SuggestionDesk__ActionBaseUrl: actionBaseUrl
      SuggestionDesk__ActionSignIn: string(!empty(actionSignInClientId))
      SuggestionDesk__ReplyContainer: replyContainerName
    }
  }
}

module actionPages 'modules/actionpages.bicep' = {
  name: 'actionPages'
  params: {
    functionAppName: functionApp.outputs.name
    storageAccountName: dataStorage.outputs.name
    replyContainerName: replyContainerName
    principalId: functionApp.outputs.principalId
    signInClientId: actionSignInClientId
  }
}

// The office hears of a failed run, a day without reminders, and a report not archived by the 3rd.
module alerts 'modules/alerts.bicep' = {
  name: 'alerts'
  params: {
    location: location
    baseName: checked.baseName
    appInsightsId: monitoring.outputs.appInsightsId
    officeMailbox: officeMailbox
    tags: resourceTags
  }
}

module roles 'modules/roles.bicep' = {
  name: 'roles'
  params: {
    principalId: functionApp.outputs.principalId
    operatorGroupObjectId: checked.operatorGroupObjectId
    hostStorageAccountName: hostStorage.outputs.name
    dataStorageAccountName: dataStorage.outputs.name
    tableNames: tableNames
    tableAccessScope: tableAccessScope
    reportContainerName: reportContainerName
    appInsightsName: monitoring.outputs.appInsightsName
    telemetryWithEntraId: telemetryWithEntraId
  }
}

@description('Function app name, for publishing and for infra/grant-graph-mail.ps1.')
output functionAppName string = functionApp.outputs.name

@description('Resource ID of the Function App (restart, sync triggers).')
output functionAppId string = functionApp.outputs.id

@description('Object ID of the app\'s system-assigned identity (the Graph grant\'s -PrincipalObjectId).')
output principalId string = functionApp.outputs.principalId

output defaultHostName string = functionApp.outputs.defaultHostName
output hostStorageAccountName string = hostStorage.outputs.name
output dataStorageAccountName string = dataStorage.outputs.name
output tableEndpoint string = dataStorage.outputs.tableEndpoint

@description('The container the app package goes to (Elastic Premium: upload it as packageBlobName).')
output deploymentContainerName string = deploymentContainerName

output packageBlobName string = checked.packageBlobName
output cloud string = checkedCloud
