using System.Text.Json.Nodes;

namespace SuggestionDesk.Infra.Tests;

/// <summary>The alerts: an action group mailing the office, and three log alerts on the runs' own summary lines.</summary>
public sealed class AlertTests
{
    private static CompiledTemplate Template => CompiledTemplate.Main;

    private static TemplateResource Rule => Assert.Single(Template.Declared("Microsoft.Insights/scheduledQueryRules"));

    private static JsonObject Variables => Rule.Template["variables"]!.AsObject();

    [Fact]
    public void TheOfficeMailboxFromTheParametersIsTheActionGroupsOneReceiver()
    {
        var group = Assert.Single(Template.Declared("Microsoft.Insights/actionGroups"));
        var receiver = Assert.Single(group.Properties["emailReceivers"]!.AsArray());

        Assert.Equal("[parameters('officeMailbox')]", (string?)receiver!["emailAddress"]);
        Assert.Equal("[parameters('officeMailbox')]", (string?)Template.Module("alerts").Properties["parameters"]!["officeMailbox"]!["value"]);
        Assert.True(group.Properties["enabled"]!.GetValue<bool>());
    }

    [Fact]
    public void ThreeLogAlertsOnApplicationInsightsEachTellTheOffice()
    {
        var rules = Variables["rules"]!.AsArray();

        Assert.Equal(["failed-run", "no-reminders", "report-not-archived"], rules.Select(r => (string)r!["name"]!));
        Assert.Equal("[length(variables('rules'))]", (string?)Rule.Node["copy"]!["count"]);
        Assert.Contains("actionGroups", Rule.Properties["actions"]!["actionGroups"]![0]!.ToString(), StringComparison.Ordinal);
        Assert.Equal("[parameters('appInsightsId')]", (string?)Rule.Properties["scopes"]![0]);
        Assert.Equal("[reference('monitoring').outputs.appInsightsId.value]", (string?)Template.Module("alerts").Properties["parameters"]!["appInsightsId"]!["value"]);
    }

    [Fact]
    public void AFailedRemindersOrDigestRunIsFoundByItsSummaryLineOrTheFunctionsFailure()
    {
        var query = (string)Variables["failedRun"]!;

        Assert.Contains("\"SuggestionDesk run: Reminders run\"", query, StringComparison.Ordinal);
        Assert.Contains("\"SuggestionDesk run: Digest run\"", query, StringComparison.Ordinal);
        Assert.Contains("\": Failed;\"", query, StringComparison.Ordinal);
        Assert.Contains("name in (\"Reminders\", \"Digest\") and success == false", query, StringComparison.Ordinal);
    }

    [Fact]
    public void NoRemindersFor26HoursCountsADayOffsOwnLineAsARun()
    {
        var query = (string)Variables["noReminders"]!;
        var rule = Variables["rules"]!.AsArray().Single(r => (string)r!["name"]! == "no-reminders")!;

        Assert.Contains("ago(26h)", query, StringComparison.Ordinal);
        Assert.Contains("\"nothing due today: not a working day\"", query, StringComparison.Ordinal);
        Assert.Contains("\": Succeeded;\"", query, StringComparison.Ordinal);
        Assert.Equal(("LessThan", 1), ((string)rule["operator"]!, (int)rule["threshold"]!));
        Assert.Equal("P2D", (string?)rule["window"]);
    }

    [Fact]
    public void TheReportNotArchivedByTheThirdIsLookedForFromTheStartOfTheMonth()
    {
        var query = (string)Variables["reportNotArchived"]!;

        Assert.Contains("startofmonth(now())", query, StringComparison.Ordinal);
        Assert.Contains("dayofmonth(now()) == 3", query, StringComparison.Ordinal);
        Assert.Contains("rendered and archived|already archived", query, StringComparison.Ordinal);
    }

    [Fact]
    public void TheQueriesReadTheLinesTheAppWrites()
    {
        var record = File.ReadAllText(Path.Combine(Repository.Root, "src", "SuggestionDesk.Core", "Runs", "RunRecord.cs"));
        var summary = File.ReadAllText(Path.Combine(Repository.Root, "functions", "SuggestionDesk.Functions", "Timers", "RunSummary.cs"));
        var report = File.ReadAllText(Path.Combine(Repository.Root, "functions", "SuggestionDesk.Functions", "Timers", "ReportFunction.cs"));

        Assert.Contains("NothingDuePhrase = \"nothing due today: not a working day\"", record, StringComparison.Ordinal);
        Assert.Contains("{Kind} run for {For} by {Host}: {Outcome}; {Planned} planned", record, StringComparison.Ordinal);
        Assert.Contains("\"SuggestionDesk run: {RunSummary}\"", summary, StringComparison.Ordinal);
        Assert.Contains("\"Report {Period}: {Rendered}\"", report, StringComparison.Ordinal);
        Assert.Contains("\"rendered and archived\" : \"already archived\"", report, StringComparison.Ordinal);
    }
}
