// Example parameters: copy, fill in the office's mailboxes and operator group, and deploy with
//   az deployment group create --resource-group <rg> --template-file infra/main.bicep --parameters infra/main.bicepparam
using 'main.bicep'

param baseName = 'sdesk'
param senderMailbox = 'suggestions@example.gov.cn'
param officeMailbox = 'office@example.gov.cn'
param committeeRecipients = 'committee.chair@example.gov.cn;committee.office@example.gov.cn'
param language = 'Chinese'

// The Entra group of the office's administrators (az ad group show --group <name> --query id -o tsv).
param operatorGroupObjectId = '00000000-0000-0000-0000-000000000000'

// Production: zone-redundant (Standard_GZRS adds a copy in the paired region); Standard_GRS where the region has no zones.
param dataRedundancy = 'Standard_ZRS'

// Follow the office's archive rules for the reports (days); after locking the policy, set reportRetentionLocked = true.
param reportRetentionDays = 3650

// Where Flex Consumption is not offered (check: az functionapp list-flexconsumption-locations):
// param hostingPlan = 'ElasticPremium'
