// What the action pages (the links in reminders: 签收, 登记沟通 …) need besides the app itself: the container the
// reply documents officers send are kept in, the app's right to write them there, and, when the office names an
// Entra app registration, sign-in in front of the app (App Service Authentication). With sign-in on, the platform
// passes the signed-in user to the app (X-MS-CLIENT-PRINCIPAL-NAME / X-MS-CLIENT-PRINCIPAL), which accepts only the
// link's recipient or the department's head. No secret: the sign-in uses ID tokens, so no client secret is stored.

@description('The Function App that serves the pages.')
param functionAppName string

@description('The storage account the reply documents are kept in.')
param storageAccountName string

@description('Blob container of the reply documents.')
param replyContainerName string

@description('Object ID of the app\'s system-assigned identity.')
param principalId string

@description('Client ID of the Entra app registration officers sign in with; empty leaves sign-in off.')
param signInClientId string

// Write and read the reply documents (the same built-in role as the report archive's).
var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

resource site 'Microsoft.Web/sites@2024-11-01' existing = {
  name: functionAppName
}

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' existing = {
  parent: storage
  name: 'default'
}

resource replies 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: replyContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource replyWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(replies.id, principalId, storageBlobDataContributor)
  scope: replies
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
  }
}

// Every HTTP request signs in first (timers are not HTTP and run as before). The issuer comes from the cloud deployed
// to, so the same file serves global Azure and Azure China.
resource signIn 'Microsoft.Web/sites/config@2024-11-01' = if (!empty(signInClientId)) {
  parent: site
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
      runtimeVersion: '~1'
    }
    globalValidation: {
      requireAuthentication: true
      unauthenticatedClientAction: 'RedirectToLoginPage'
      redirectToProvider: 'azureactivedirectory'
    }
    httpSettings: {
      requireHttps: true
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: signInClientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
        }
        validation: {
          allowedAudiences: [
            signInClientId
            'api://${signInClientId}'
          ]
        }
      }
    }
    login: {
      tokenStore: {
        enabled: false
      }
    }
  }
}

output replyContainerName string = replies.name
output signInEnabled bool = !empty(signInClientId)
