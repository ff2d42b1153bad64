// The Functions app (.NET isolated worker on Linux) and its plan, with a system-assigned identity. Every
// connection is identity-based: no key, connection string with a key, or publishing password exists. The plan
// cannot be switched in place between Flex Consumption and Elastic Premium (infra/README.md): choose before the
// first deployment.

@description('Azure region.')
param location string

@description('Function app name; also the first label of its host name in either cloud.')
param name string

@description('Hosting plan name.')
param planName string

@description('FlexConsumption (FC1, the default) or ElasticPremium (EP1) where Flex Consumption is not offered.')
@allowed([
  'FlexConsumption'
  'ElasticPremium'
])
param hostingPlan string

@description('.NET version of the isolated worker.')
param dotnetVersion string

@description('Blob endpoint of the host storage account (from the account, so the right cloud suffix is used).')
param hostBlobEndpoint string

@description('Queue endpoint of the host storage account.')
param hostQueueEndpoint string

@description('Table endpoint of the host storage account.')
param hostTableEndpoint string

@description('Container in the host account holding the app package.')
param deploymentContainerName string

@description('Elastic Premium: the package blob the app runs from, in the deployment container; must end in .zip.')
param packageBlobName string

@description('Application Insights connection string (instrumentation key and endpoints; not a secret).')
param appInsightsConnectionString string

@description('True: telemetry is sent with the identity\'s Entra token (APPLICATIONINSIGHTS_AUTHENTICATION_STRING). False: with the instrumentation key.')
param telemetryWithEntraId bool

@description('Resource ID of the Log Analytics workspace the site\'s function logs go to.')
param workspaceId string

@description('The app\'s own settings (SuggestionDesk__*, schedules).')
param appSettings object

@description('Flex Consumption: most instances the app scales to (timers need one).')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

param tags object = {}

var isFlex = hostingPlan == 'FlexConsumption'

// Host storage through the identity. The service-URI form carries the account's own endpoints, so it works in
// every cloud; `__accountName` would assume the global cloud's storage suffix.
var hostSettings = {
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__blobServiceUri: hostBlobEndpoint
  AzureWebJobsStorage__queueServiceUri: hostQueueEndpoint
  AzureWebJobsStorage__tableServiceUri: hostTableEndpoint
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
}

// Telemetry with the system identity's token, where Entra ID ingestion works (see main.bicep, appInsightsLocalAuth).
var telemetrySettings = telemetryWithEntraId
  ? {
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD'
    }
  : {}

// Flex Consumption takes the runtime from functionAppConfig and refuses these settings; other plans need them.
// Elastic Premium runs from the package blob's URL, read with the system identity (WEBSITE_RUN_FROM_PACKAGE_BLOB_MI_RESOURCE_ID
// 'SystemAssigned' is the documented equivalent of leaving it out): no Azure Files content share, which needs a
// shared key this template's accounts refuse. WEBSITE_RUN_FROM_PACKAGE=1 would mount a package from that very share.
var classicSettings = isFlex
  ? {}
  : {
      FUNCTIONS_EXTENSION_VERSION: '~4'
      FUNCTIONS_WORKER_RUNTIME: 'dotnet-isolated'
      WEBSITE_RUN_FROM_PACKAGE: '${hostBlobEndpoint}${deploymentContainerName}/${packageBlobName}'
      WEBSITE_RUN_FROM_PACKAGE_BLOB_MI_RESOURCE_ID: 'SystemAssigned'
    }

var settings = union(hostSettings, telemetrySettings, classicSettings, appSettings)

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: isFlex ? 'functionapp' : 'elastic'
  sku: isFlex
    ? {
        name: 'FC1'
        tier: 'FlexConsumption'
      }
    : {
        name: 'EP1'
        tier: 'ElasticPremium'
      }
  properties: {
    reserved: true // Linux
    maximumElasticWorkerCount: isFlex ? null : 3
  }
}

resource site 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      linuxFxVersion: isFlex ? null : 'DOTNET-ISOLATED|${dotnetVersion}'
      appSettings: [for setting in items(settings): { name: setting.key, value: setting.value }]
    }
    functionAppConfig: isFlex
      ? {
          deployment: {
            storage: {
              type: 'blobContainer'
              value: '${hostBlobEndpoint}${deploymentContainerName}'
              authentication: {
                type: 'SystemAssignedIdentity'
              }
            }
          }
          scaleAndConcurrency: {
            maximumInstanceCount: maximumInstanceCount
            instanceMemoryMB: 2048
          }
          runtime: {
            name: 'dotnet-isolated'
            version: dotnetVersion
          }
        }
      : null
  }
}

// No basic-auth (publishing password) deployments: publishing uses an Entra token (az, func, CI with OIDC).
resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

// The functions' own log lines (FunctionAppLogs) to the workspace, beside Application Insights.
resource functionLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-workspace'
  scope: site
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'FunctionAppLogs'
        enabled: true
      }
    ]
  }
}

output name string = site.name
output id string = site.id
output principalId string = site.identity.principalId
output defaultHostName string = site.properties.defaultHostName
