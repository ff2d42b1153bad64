// SuggestionDesk in Azure: one storage account (tables + report archive + Functions host storage), the
// Functions app with a system-assigned identity, Application Insights on Log Analytics, and the identity's
// data roles. No keys or secrets: every connection is Entra ID. Deploys unchanged to the global cloud and to
// Azure China (21Vianet): endpoints come from the resources and environment(), never from literals.
//
//   az deployment group create --resource-group <rg> --template-file infra/main.bicep --parameters infra/main.bicepparam

targetScope = 'resourceGroup'

@description('Azure region. Flex Consumption is offered in a subset of regions: az functionapp list-flexconsumption-locations.')
param location string = resourceGroup().location

@description('Short name the resource names are made from (letters and digits).')
@minLength(2)
@maxLength(12)
param baseName string = 'sdesk'

@description('Function app name; globally unique (it is the host name).')
param functionAppName string = 'func-${baseName}-${uniqueString(resourceGroup().id)}'

@description('Storage account name; globally unique, 3-24 lowercase letters and digits.')
@minLength(3)
@maxLength(24)
param storageAccountName string = take('st${toLower(baseName)}${uniqueString(resourceGroup().id)}', 24)

@description('FlexConsumption (default) or ElasticPremium (EP1) for regions without Flex Consumption, e.g. some Azure China regions.')
@allowed([
  'FlexConsumption'
  'ElasticPremium'
])
param hostingPlan string = 'FlexConsumption'

@description('.NET version of the isolated worker.')
param dotnetVersion string = '10.0'

@description('Which Microsoft Graph and Entra authority the app uses. Derived from the cloud deployed to.')
@allowed([
  'Global'
  'China'
])
param cloud string = environment().name == 'AzureChinaCloud' ? 'China' : 'Global'

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

@description('Table prefix (letters and digits, starting with a letter); the app\'s tables are {prefix}Items, {prefix}Numbers, ...')
param tablePrefix string = 'sd'

@description('Daily reminders, NCRONTAB in UTC: 01:00 UTC is 09:00 in China.')
param reminderSchedule string = '0 0 1 * * *'

@description('Weekly digest check, daily in UTC; the app sends only on the first working day of the week.')
param digestSchedule string = '0 30 1 * * *'

@description('Report run: the 1st of each month, 02:00 UTC.')
param reportSchedule string = '0 0 2 1 * *'

@description('Storage public network access. Flex Consumption without a virtual network needs it enabled.')
@allowed([
  'Enabled'
  'Disabled'
])
param storagePublicNetworkAccess string = 'Enabled'

@description('Account: the table role covers the account\'s tables (the account holds only this app\'s). Table: one assignment per table, stricter, for when the app no longer calls CreateIfNotExists (see infra/README.md).')
@allowed([
  'Account'
  'Table'
])
param tableAccessScope string = 'Account'

@description('Whether the timers\' reminders carry links officers act from (签收, 登记沟通 …), served by the app at /act/{token}.')
param actionLinks bool = true

@description('The address officers reach the app at, when not its own host name (a custom domain, a gateway); empty for https://<the app\'s host name>/.')
param actionBaseUrl string = ''

@description('Client ID of an Entra app registration for signing in to the action pages; empty leaves sign-in off (the link\'s token is the key). See infra/README.md.')
param actionSignInClientId string = ''

param tags object = {
  application: 'SuggestionDesk'
}

var token = uniqueString(resourceGroup().id)
var reportContainerName = 'reports'
var replyContainerName = 'replies'
var deploymentContainerName = 'app-package-${token}'
// Keep in step with src/SuggestionDesk.Storage/TableNames.cs.
var tableNames = map(
  ['Items', 'Numbers', 'Sessions', 'Calendar', 'ReminderLog', 'Settings'],
  table => '${tablePrefix}${table}'
)

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    workspaceName: 'log-${baseName}-${token}'
    appInsightsName: 'appi-${baseName}-${token}'
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    name: storageAccountName
    tableNames: tableNames
    containerNames: [reportContainerName, deploymentContainerName]
    publicNetworkAccess: storagePublicNetworkAccess
    tags: tags
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionApp'
  params: {
    location: location
    name: functionAppName
    planName: 'plan-${baseName}-${token}'
    hostingPlan: hostingPlan
    dotnetVersion: dotnetVersion
    blobEndpoint: storage.outputs.blobEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerName: deploymentContainerName
    appInsightsConnectionString: monitoring.outputs.connectionString
    tags: tags
    // What the app reads; documented in README.md ("Deploy to Azure").
    appSettings: {
      SuggestionDesk__Cloud: cloud
      SuggestionDesk__TableEndpoint: storage.outputs.tableEndpoint
      SuggestionDesk__TablePrefix: tablePrefix
      SuggestionDesk__BlobEndpoint: storage.outputs.blobEndpoint
      SuggestionDesk__ReportContainer: reportContainerName
      SuggestionDesk__SenderMailbox: senderMailbox
      SuggestionDesk__OfficeMailbox: officeMailbox
      SuggestionDesk__CommitteeRecipients: committeeRecipients
      SuggestionDesk__Language: language
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
    storageAccountName: storage.outputs.name
    replyContainerName: replyContainerName
    principalId: functionApp.outputs.principalId
    signInClientId: actionSignInClientId
  }
}

module roles 'modules/roles.bicep' = {
  name: 'roles'
  params: {
    principalId: functionApp.outputs.principalId
    storageAccountName: storage.outputs.name
    tableNames: tableNames
    tableAccessScope: tableAccessScope
    reportContainerName: reportContainerName
    appInsightsName: monitoring.outputs.appInsightsName
  }
}

@description('Function app name, for publishing and for infra/grant-graph-mail.ps1.')
output functionAppName string = functionApp.outputs.name

@description('Object ID of the app\'s system-assigned identity (the Graph grant\'s -PrincipalObjectId).')
output principalId string = functionApp.outputs.principalId

output defaultHostName string = functionApp.outputs.defaultHostName
output storageAccountName string = storage.outputs.name
output tableEndpoint string = storage.outputs.tableEndpoint
output cloud string = cloud
