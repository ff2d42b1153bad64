// Application Insights on a Log Analytics workspace. Local (instrumentation-key) authentication is off: the
// app's identity sends telemetry with Entra ID (Monitoring Metrics Publisher, assigned in roles.bicep).

@description('Azure region.')
param location string

@description('Name of the Log Analytics workspace.')
param workspaceName string

@description('Name of the Application Insights component.')
param appInsightsName string

@description('Days the workspace keeps logs.')
@minValue(30)
@maxValue(730)
param retentionInDays int = 90

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
    DisableLocalAuth: true
  }
}

output appInsightsName string = appInsights.name

@description('Holds only the instrumentation key and ingestion endpoints, not a secret: with local auth disabled, ingestion needs an Entra token.')
output connectionString string = appInsights.properties.ConnectionString
