// Alerts on the runs' own summary lines in Application Insights (functions/…/Timers/RunSummary.cs): every run logs
// one line at Information, "SuggestionDesk run: Reminders run for 2026-10-09 by Reminders: Succeeded; …", and the
// report run "Report 2026-10: rendered and archived" (or "already archived"). The office's mailbox is told:
//   - a Reminders or Digest run that failed (its line says Failed, or the function itself failed);
//   - no Reminders run that succeeded or found nothing due on a day off ("nothing due today: not a working day")
//     for 26 hours, so weekends and holidays, on which the timer still runs and says so, never raise it;
//   - on the 3rd of the month (09:00 in China), no report archived since the month began.

@description('Azure region.')
param location string

@description('Short name the alert names are made from.')
param baseName string

@description('Resource ID of the Application Insights component the app logs to.')
param appInsightsId string

@description('The supervising office\'s mailbox, told of every alert.')
param officeMailbox string

param tags object = {}

resource office 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: 'ag-${baseName}-office'
  location: 'Global'
  tags: tags
  properties: {
    groupShortName: take('sd${baseName}', 12)
    enabled: true
    emailReceivers: [
      {
        name: 'office'
        emailAddress: officeMailbox
        useCommonAlertSchema: true
      }
    ]
  }
}

var failedRun = '''
union
  (traces
    | where message startswith "SuggestionDesk run: Reminders run" or message startswith "SuggestionDesk run: Digest run"
    | where message has ": Failed;"),
  (requests
    | where name in ("Reminders", "Digest") and success == false)
'''

var noReminders = '''
traces
| where timestamp > ago(26h)
| where message startswith "SuggestionDesk run: Reminders run"
| where message has ": Succeeded;" or message has "nothing due today: not a working day"
'''

var reportNotArchived = '''
let archived = toscalar(traces
  | where timestamp >= startofmonth(now())
  | where message matches regex @"^Report [0-9]{4}(-[0-9]{2})?: (rendered and archived|already archived)"
  | count);
print archived = archived
| where dayofmonth(now()) == 3 and hourofday(now()) == 1 and archived == 0
'''

var rules = [
  {
    name: 'failed-run'
    description: 'A Reminders or Digest run failed: a message was not sent, or the run stopped with an error. Get-SuggestionRun shows the first error.'
    severity: 2
    frequency: 'PT1H'
    window: 'PT1H'
    query: failedRun
    operator: 'GreaterThan'
    threshold: 0
  }
  {
    name: 'no-reminders'
    description: 'No Reminders run has succeeded (or found nothing due on a day off) for 26 hours: the timer is not running or keeps failing.'
    severity: 1
    frequency: 'PT1H'
    window: 'P2D'
    query: noReminders
    operator: 'LessThan'
    threshold: 1
  }
  {
    name: 'report-not-archived'
    description: 'The monthly report for the standing committee has not been archived by the 3rd of the month. Run Send-SuggestionReport, or look at Get-SuggestionRun -Kind Report.'
    severity: 2
    frequency: 'PT1H'
    window: 'P2D'
    query: reportNotArchived
    operator: 'GreaterThan'
    threshold: 0
  }
]

resource alerts 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = [
  for rule in rules: {
    name: 'alert-${baseName}-${rule.name}'
    location: location
    tags: tags
    kind: 'LogAlert'
    properties: {
      displayName: 'SuggestionDesk ${rule.name}'
      description: rule.description
      severity: rule.severity
      enabled: true
      scopes: [
        appInsightsId
      ]
      evaluationFrequency: rule.frequency
      windowSize: rule.window
      criteria: {
        allOf: [
          {
            query: rule.query
            timeAggregation: 'Count'
            operator: rule.operator
            threshold: rule.threshold
            failingPeriods: {
              numberOfEvaluationPeriods: 1
              minFailingPeriodsToAlert: 1
            }
          }
        ]
      }
      autoMitigate: false
      actions: {
        actionGroups: [
          office.id
        ]
      }
    }
  }
]

output actionGroupId string = office.id
output alertRuleNames array = [for (rule, i) in rules: alerts[i].name]
