// Resource logs of one storage service (blob or table) to the Log Analytics workspace: every read, write and delete
// (categories StorageRead, StorageWrite, StorageDelete), so a change to the records outside the app can be traced.

@description('Storage account name.')
param accountName string

@description('blobServices or tableServices.')
@allowed([
  'blobServices'
  'tableServices'
])
param service string

@description('Resource ID of the Log Analytics workspace.')
param workspaceId string

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: accountName
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' existing = if (service == 'blobServices') {
  parent: account
  name: 'default'
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-01-01' existing = if (service == 'tableServices') {
  parent: account
  name: 'default'
}

var logs = [for category in ['StorageRead', 'StorageWrite', 'StorageDelete']: {
  category: category
  enabled: true
}]

resource blobLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = if (service == 'blobServices') {
  name: 'to-workspace'
  scope: blobService
  properties: {
    workspaceId: workspaceId
    logs: logs
  }
}

resource tableLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = if (service == 'tableServices') {
  name: 'to-workspace'
  scope: tableService
  properties: {
    workspaceId: workspaceId
    logs: logs
  }
}
