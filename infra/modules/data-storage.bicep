// The office's records: the app's tables and the 'reports' archive, in an account of their own, apart from the
// Functions host's storage. Protected against loss: a CanNotDelete lock on the account, blob versioning and soft
// delete, a time-based immutability (WORM) policy on 'reports', the redundancy the office chooses, and every read,
// write and delete of tables and blobs logged to the workspace.

@description('Azure region.')
param location string

@description('Storage account name.')
param name string

@description('Redundancy: Standard_ZRS or Standard_GZRS for production where the region has availability zones.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
  'Standard_RAGRS'
  'Standard_RAGZRS'
])
param skuName string

@description('Tables to create (already prefixed).')
param tableNames string[]

@description('The report archive container.')
param reportContainerName string

@description('Days each report stays write- and delete-protected after it is archived (container-level WORM policy).')
@minValue(1)
@maxValue(146000)
param reportRetentionDays int

@description('True once the office has locked the WORM policy: a locked policy cannot be PUT again, so the template leaves it alone.')
param reportRetentionLocked bool

@description('Days a deleted blob, blob version or container can still be restored.')
@minValue(1)
@maxValue(365)
param softDeleteDays int = 30

@description('Public network access.')
@allowed([
  'Enabled'
  'Disabled'
])
param publicNetworkAccess string

@description('Resource ID of the Log Analytics workspace the table and blob service logs go to.')
param workspaceId string

param tags object = {}

module account 'storage-account.bicep' = {
  name: 'dataStorageAccount'
  params: {
    location: location
    name: name
    skuName: skuName
    publicNetworkAccess: publicNetworkAccess
    tags: tags
  }
}

// Declared by the module above; children below wait for it (dependsOn).
resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: name
}

// Deleting the account (and so every record) first needs someone with Owner or User Access Administrator to remove
// this lock. The lock guards the account, not the data inside it: that is what versioning, WORM and RBAC are for.
resource deleteLock 'Microsoft.Authorization/locks@2020-05-01' = {
  name: 'suggestiondesk-records'
  scope: storage
  dependsOn: [account]
  properties: {
    level: 'CanNotDelete'
    notes: 'The office\'s official records (SuggestionDesk tables and report archive). Remove only to retire the records under the archive rules.'
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' = {
  parent: storage
  name: 'default'
  dependsOn: [account]
  properties: {
    // Every overwrite or delete keeps the previous state as a version.
    isVersioningEnabled: true
    deleteRetentionPolicy: {
      enabled: true
      days: softDeleteDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: softDeleteDays
    }
  }
}

resource reportContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: reportContainerName
  properties: {
    publicAccess: 'None'
  }
}

// Created unlocked (ARM can only create or change an unlocked policy); the office locks it with
// `az storage container immutability-policy lock` once the first report is archived (infra/README.md).
resource reportRetention 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2025-01-01' = if (!reportRetentionLocked) {
  parent: reportContainer
  name: 'default'
  properties: {
    immutabilityPeriodSinceCreationInDays: reportRetentionDays
    allowProtectedAppendWrites: false
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-01-01' = {
  parent: storage
  name: 'default'
  dependsOn: [account]
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-01-01' = [
  for table in tableNames: {
    parent: tableService
    name: table
  }
]

module blobLogs 'storage-logs.bicep' = {
  name: 'dataBlobLogs'
  params: {
    accountName: storage.name
    service: 'blobServices'
    workspaceId: workspaceId
  }
  dependsOn: [blobService]
}

module tableLogs 'storage-logs.bicep' = {
  name: 'dataTableLogs'
  params: {
    accountName: storage.name
    service: 'tableServices'
    workspaceId: workspaceId
  }
  dependsOn: [tableService]
}

output name string = account.outputs.name
output blobEndpoint string = account.outputs.blobEndpoint
output tableEndpoint string = account.outputs.tableEndpoint
