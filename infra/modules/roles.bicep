// Role assignments for the Function App's system-assigned identity: data roles only, each on the smallest
// scope that works. Built-in role definition IDs are the same in every cloud (global and Azure China).

@description('Object ID of the Function App\'s system-assigned identity.')
param principalId string

@description('Storage account holding the tables, the reports and the host\'s blobs.')
param storageAccountName string

@description('The app\'s tables (already prefixed).')
param tableNames string[]

@description('Account: Storage Table Data Contributor on the account (all its tables). Table: on each table.')
@allowed([
  'Account'
  'Table'
])
param tableAccessScope string

@description('Blob container for the PDF reports.')
param reportContainerName string

@description('Application Insights component the app sends telemetry to.')
param appInsightsName string

// Keep in step with tests/SuggestionDesk.Infra.Tests (the allowed list).
var roleIds = {
  // Read, write and delete entities: the app's tables.
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  // The Functions host's own blob storage (AzureWebJobsStorage): timer leases, host keys, and the Flex
  // deployment container. Microsoft's guidance for identity-based AzureWebJobsStorage is Blob Data Owner;
  // timers need no queue role.
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  // Write and read the PDF reports. Covered by the account-wide Owner above today; kept explicit so the
  // report archive keeps working if the host storage moves to its own account.
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  // Send telemetry with an Entra token (App Insights local auth is disabled).
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-01-01' existing = {
  parent: storage
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-01-01' existing = [
  for table in tableNames: {
    parent: tableService
    name: table
  }
]

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' existing = {
  parent: storage
  name: 'default'
}

resource reportContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' existing = {
  parent: blobService
  name: reportContainerName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

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
  name: guid(storage.id, principalId, roleIds.storageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.storageTableDataContributor)
    principalId: principalId
    principalType: 'ServicePrincipal'
    description: 'SuggestionDesk: the app reads and writes its tables.'
  }
}

resource hostBlobOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, principalId, roleIds.storageBlobDataOwner)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.storageBlobDataOwner)
    principalId: principalId
    principalType: 'ServicePrincipal'
    description: 'SuggestionDesk: the Functions host storage (leases, keys, deployment package).'
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

resource telemetryPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, principalId, roleIds.monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.monitoringMetricsPublisher)
    principalId: principalId
    principalType: 'ServicePrincipal'
    description: 'SuggestionDesk: the app sends telemetry with its Entra token.'
  }
}
