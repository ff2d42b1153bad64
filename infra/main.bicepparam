// Example parameters: copy, fill in the office's mailboxes, and deploy with
//   az deployment group create --resource-group <rg> --template-file infra/main.bicep --parameters infra/main.bicepparam
using 'main.bicep'

param baseName = 'sdesk'
param senderMailbox = 'suggestions@example.gov.cn'
param officeMailbox = 'office@example.gov.cn'
param committeeRecipients = 'committee.chair@example.gov.cn;committee.office@example.gov.cn'
param language = 'Chinese'

// Where Flex Consumption is not offered (check: az functionapp list-flexconsumption-locations):
// param hostingPlan = 'ElasticPremium'
