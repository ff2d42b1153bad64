// The Functions host's own storage account (AzureWebJobsStorage): timer leases, host keys, and the deployment
// container the app's code package is read from. Nothing of the office's records is here: those are in the data
// account (data-storage.bicep). Its blob reads, writes and deletes are logged to the workspace (the host keys live here).

@description('Azure region.')
param location string

@description('Storage account name.')
param name string

@description('Blob container holding the app package (Flex Consumption deployment storage; Elastic Premium run-from-package).')
param deploymentContainerName string

@description('Public network access.')
@allowed([
  'Enabled'
  'Disabled'
])
param publicNetworkAccess string

@description('Resource ID of the Log Analytics workspace the blob service logs go to.')
param workspaceId string

param tags object = {}

module account 'storage-account.bicep' = {
  name: 'hostStorageAccount'
  params: {
    location: location
    name: name
    // What the host keeps here is rebuilt by the host or by a new publish; locally redundant is enough.
    skuName: 'Standard_LRS'
    publicNetworkAccess: publicNetworkAccess
    tags: tags
  }
}

// Declared by the module above; children below wait for it (dependsOn).
resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: name
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' = {
  parent: storage
  name: 'default'
  dependsOn: [account]
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: 7
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: 7
    }
  }
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

module blobLogs 'storage-logs.bicep' = {
  name: 'hostBlobLogs'
  params: {
    accountName: storage.name
    service: 'blobServices'
    workspaceId: workspaceId
  }
  dependsOn: [blobService]
}

output name string = account.outputs.name
output blobEndpoint string = account.outputs.blobEndpoint
output queueEndpoint string = account.outputs.queueEndpoint
output tableEndpoint string = account.outputs.tableEndpoint
