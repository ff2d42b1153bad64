// The Functions app (.NET isolated worker on Linux) and its plan, with a system-assigned identity. Every
// connection is identity-based: no key, connection string with a key, or publishing password exists.

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

@description('Blob endpoint of that account (from the account, so the right cloud suffix is used).')
param blobEndpoint string

@description('Queue endpoint of that account.')
param queueEndpoint string

@description('Table endpoint of that account.')
param tableEndpoint string

@description('Blob container the Flex Consumption plan deploys the app package to.')
param deploymentContainerName string

@description('Application Insights connection string (instrumentation key and endpoints; not a secret).')
param appInsightsConnectionString string

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
  AzureWebJobsStorage__blobServiceUri: blobEndpoint
  AzureWebJobsStorage__queueServiceUri: queueEndpoint
  AzureWebJobsStorage__tableServiceUri: tableEndpoint
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
  // Telemetry is sent with the system identity's token (App Insights local auth is disabled).
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD'
}

// Flex Consumption takes the runtime from functionAppConfig and refuses these settings; other plans need them.
// Run-from-package (zip deploy) means no Azure Files content share, which would need a shared key.
var classicSettings = isFlex
  ? {}
  : {
      FUNCTIONS_EXTENSION_VERSION: '~4'
      FUNCTIONS_WORKER_RUNTIME: 'dotnet-isolated'
      WEBSITE_RUN_FROM_PACKAGE: '1'
    }

var settings = union(hostSettings, classicSettings, appSettings)

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
              value: '${blobEndpoint}${deploymentContainerName}'
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

output name string = site.name
output principalId string = site.identity.principalId
output defaultHostName string = site.properties.defaultHostName
