// Role assignments, data roles only, each on the smallest scope that works. Built-in role definition IDs are the same
// in every cloud (global and Azure China).
//   The app's system-assigned identity: the host account (its own storage), the data account's tables and the
//   'reports' container, and Application Insights when it sends telemetry with Entra ID.
//   The office's operator group: the data account's tables and write on 'reports' (Send-SuggestionReport archives the
//   period's report when the timer has not yet; the WORM policy keeps every archived report unchangeable), so administrators can use the
//   module's cmdlets with their own Entra sign-in (shared keys are off, so an account key cannot be used).

@description('Object ID of the Function App\'s system-assigned identity.')
param principalId string

@description('Object ID of the Entra group of the office\'s administrators who run the module\'s cmdlets.')
param operatorGroupObjectId string

@description('The Functions host\'s storage account (AzureWebJobsStorage and the deployment container).')
param hostStorageAccountName string

@description('The office\'s data account (tables and the report archive).')
param dataStorageAccountName string

@description('The app\'s tables (already prefixed).')
param tableNames string[]

@description('Account: the app\'s table role covers the data account (all its tables). Table: one assignment per table.')
@allowed([
  'Account'
  'Table'
])
param tableAccessScope string

@description('Blob container for the PDF reports, in the data account.')
param reportContainerName string

@description('Application Insights component the app sends telemetry to.')
param appInsightsName string

@description('True when the app sends telemetry with its Entra token and so needs Monitoring Metrics Publisher.')
param telemetryWithEntraId bool

// Keep in step with tests/SuggestionDesk.Infra.Tests/BuiltInRoles.cs (the allowed list).
var roleIds = {
  // Read, write and delete entities: the app's tables; the operators' cmdlets.
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  // The Functions host's own blob storage (AzureWebJobsStorage): timer leases, host keys, the app package.
  // Microsoft's guidance for identity-based AzureWebJobsStorage is Blob Data Owner; timers need no queue role.
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  // Write and read the PDF reports, the app and the operators (the WORM policy refuses overwrites and deletes whatever the role).
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  // Send telemetry with an Entra token.
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

resource hostStorage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: hostStorageAccountName
}

resource dataStorage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: dataStorageAccountName
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-01-01' existing = {
  parent: dataStorage
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-01-01' existing = [
  for table in tableNames: {
    parent: tableService
    name: table
  }
]

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' existing = {
  parent: dataStorage
  name: 'default'
}

resource reportContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' existing = {
  parent: blobService
  name: reportContainerName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

// The app's identity.

resource tableDataPerTable 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for (table, i) in tableNames: if (tableAccessScope == 'Table') {
    name: guid(tables[i].id, principalId, roleIds.storageTableDataContributor)
    scope: tables[i]
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.storageTableDataContributor)
      principalId: principalId
      principalType: 'ServicePrincipal'
      description: 'SuggestionDesk: the app reads and writes table ${table}.'
    }
  }
]

resource tableDataOnAccount 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (tableAccessScope == 'Account') {
  name: guid(dataStorage.id, principalId, roleIds.storageTableDataContributor)
  scope: dataStorage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.storageTableDataContributor)
    principalId: principalId
    principalType: 'ServicePrincipal'
    description: 'SuggestionDesk: the app reads and writes its tables.'
  }
}

resource hostBlobOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(hostStorage.id, principalId, roleIds.storageBlobDataOwner)
  scope: hostStorage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.storageBlobDataOwner)
    principalId: principalId
    principalType: 'ServicePrincipal'
    description: 'SuggestionDesk: the Functions host storage (leases, keys, the app package).'
  }
}

resource reportWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(reportContainer.id, principalId, roleIds.storageBlobDataContributor)
  scope: reportContainer
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.storageBlobDataContributor)
    principalId: principalId
    principalType: 'ServicePrincipal'
    description: 'SuggestionDesk: the app stores the PDF reports.'
  }
}

resource telemetryPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (telemetryWithEntraId) {
  name: guid(appInsights.id, principalId, roleIds.monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.monitoringMetricsPublisher)
    principalId: principalId
    principalType: 'ServicePrincipal'
    description: 'SuggestionDesk: the app sends telemetry with its Entra token.'
  }
}

// The office's operators.

resource operatorTables 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(dataStorage.id, operatorGroupObjectId, roleIds.storageTableDataContributor)
  scope: dataStorage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.storageTableDataContributor)
    principalId: operatorGroupObjectId
    principalType: 'Group'
    description: 'SuggestionDesk: the office\'s administrators work on the records with the module\'s cmdlets.'
  }
}

resource operatorReports 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(reportContainer.id, operatorGroupObjectId, roleIds.storageBlobDataContributor)
  scope: reportContainer
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.storageBlobDataContributor)
    principalId: operatorGroupObjectId
    principalType: 'Group'
    description: 'SuggestionDesk: the office\'s administrators read the archived reports and archive one with Send-SuggestionReport (never replaced: WORM).'
  }
}
