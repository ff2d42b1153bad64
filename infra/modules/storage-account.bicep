// One storage account as both of SuggestionDesk's accounts are made: reachable only with Entra ID (shared keys off,
// so no connection string with a key can exist), HTTPS with TLS 1.2, no public blobs, no cross-tenant replication.
// Used by host-storage.bicep and data-storage.bicep, which add what each account holds.

@description('Azure region.')
param location string

@description('Storage account name (3-24 lowercase letters and digits, globally unique; checked in main.bicep).')
@minLength(3)
@maxLength(24)
param name string

@description('Redundancy SKU.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
  'Standard_RAGRS'
  'Standard_RAGZRS'
])
param skuName string

@description('Public network access: Enabled (the only value main.bicep accepts without a network design).')
@allowed([
  'Enabled'
  'Disabled'
])
param publicNetworkAccess string

param tags object = {}

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    publicNetworkAccess: publicNetworkAccess
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

output name string = account.name
output id string = account.id
output blobEndpoint string = account.properties.primaryEndpoints.blob
output queueEndpoint string = account.properties.primaryEndpoints.queue
output tableEndpoint string = account.properties.primaryEndpoints.table
