// Log Analytics and Application Insights. The workspace keeps every log (the app's telemetry, the site's function
// logs, the storage services' read/write/delete logs) for logRetentionDays. Application Insights refuses
// instrumentation-key ingestion (local auth off) wherever Entra ID ingestion works; see main.bicep's
// appInsightsLocalAuth for Azure China.

@description('Azure region.')
param location string

@description('Name of the Log Analytics workspace.')
param workspaceName string

@description('Name of the Application Insights component.')
param appInsightsName string

@description('Days the workspace keeps logs.')
@minValue(30)
@maxValue(730)
param retentionInDays int

@description('Enabled: Application Insights also accepts telemetry sent with only the instrumentation key. Disabled: Entra ID only.')
@allowed([
  'Enabled'
  'Disabled'
])
param localAuth string

param tags object = {}

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-02-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    DisableLocalAuth: localAuth == 'Disabled'
  }
}

output appInsightsName string = appInsights.name
output appInsightsId string = appInsights.id
output workspaceId string = workspace.id

@description('Holds only the instrumentation key and ingestion endpoints, not a secret.')
output connectionString string = appInsights.properties.ConnectionString
