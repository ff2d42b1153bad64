using System.Globalization;
using SuggestionDesk.Calendar;
using SuggestionDesk.Items;

namespace SuggestionDesk.PowerShell.Tests;

/// <summary>The due-date columns items show (RoleChinese, NextClock, ... Provisional), read as a user reads them.</summary>
[Collection(ModuleCollection.Name)]
public sealed class ItemColumnsTests(AzuriteFixture module)
{
    private const string Number = "20260001";

    private const string NewItem = """
        New-Suggestion -Number $args[0] -Title '关于优化企业开办的建议' -Session '市八届人大一次会议' -LeadProposer '王代表' `
            -Role $args[1] -Department '政务服务处' -Owner '陈刚' -OwnerEmail 'chengang@example.gov.cn' -AssignedOn $args[2]
        """;

    private static readonly string[] Columns = ["RoleChinese", "NextClock", "NextClockChinese", "NextDue", "DueStatus", "DueStatusChinese", "Provisional"];

    private static readonly ItemDeadlines Deadlines = new(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn);

    [Theory]
    [InlineData("Lead", "2026-11-02", "", "2026-11-04", "SignFor", "2026-11-05", "due in 1 day", false)]
    [InlineData("Lead", "2026-11-02", "", "2026-11-20", "SignFor", "2026-11-05", "overdue by 11 working days", false)]
    [InlineData("Sole", "2026-03-02", "Confirm-SuggestionReceipt $args[0] -On 2026-03-03", "2026-05-20", "Reply", "2026-06-02", "due in 13 days", false)]
    [InlineData("Joint", "2026-03-02", "Confirm-SuggestionReceipt $args[0] -On 2026-03-03", "2026-03-10", "JointOpinion", "2026-04-02", "due in 23 days", false)]
    [InlineData("Lead", "2026-11-02", "Confirm-SuggestionReceipt $args[0] -On 2026-11-03", "2026-11-20", "Reply", "2027-02-02", "due in 74 days (provisional)", true)]
    [InlineData("Lead", "2026-03-02", """
        Confirm-SuggestionReceipt $args[0] -On 2026-03-03
        Request-SuggestionExtension $args[0] -NewDueDate 2026-07-15 -Reason '需会办' -On 2026-05-20
        Approve-SuggestionExtension $args[0] -Approver '徐副局长' -On 2026-05-21
        """, "2026-06-10", "Reply", "2026-07-15", "due in 35 days", false)]
    [InlineData("Lead", "2026-03-02", """
        Confirm-SuggestionReceipt $args[0] -On 2026-03-03
        Set-SuggestionReply $args[0] -ResultClass A -Text '已解决' -RepliedOn 2026-04-01
        Set-SuggestionEvaluation $args[0] -Result Unsatisfied -On 2026-04-10
        """, "2026-04-15", "Rehandling", "2026-05-11", "due in 26 days", false)]
    [InlineData("Lead", "2026-03-02", """
        Confirm-SuggestionReceipt $args[0] -On 2026-03-03
        Set-SuggestionReply $args[0] -ResultClass A -Text '已解决' -RepliedOn 2026-04-01
        Set-SuggestionEvaluation $args[0] -Result Satisfied -On 2026-04-10
        """, "2026-04-15", null, null, null, false)]
    public void EachColumnIsTheCoresJudgementOfTheItemOnTheDayAsked(
        string role, string assignedOn, string steps, string asOf, string? clock, string? due, string? status, bool provisional)
    {
        using var ps = module.Connect();
        ps.RunClean(NewItem, Number, role, assignedOn);
        if (steps.Length > 0)
        {
            ps.RunClean(steps, Number);
        }

        var output = ps.RunClean("Get-Suggestion $args[0] -AsOf $args[1]", Number, asOf).Single();

        var day = DateOnly.Parse(asOf, CultureInfo.InvariantCulture);
        var item = (SuggestionItem)output.BaseObject;
        var next = Deadlines.Next(item, day);
        var judged = next?.StatusOn(day, Deadlines.Calendar);
        Assert.Equal(clock, next?.Clock.ToString());
        Assert.Equal(item.Role.ChineseName(), Column(output, "RoleChinese"));
        Assert.Equal(next?.Clock.ToString(), Column(output, "NextClock"));
        Assert.Equal(next?.Clock.ChineseName(), Column(output, "NextClockChinese"));
        Assert.Equal(next?.Due, Column(output, "NextDue"));
        Assert.Equal(judged?.ToString(), Column(output, "DueStatus"));
        Assert.Equal(judged?.ToChinese(), Column(output, "DueStatusChinese"));
        Assert.Equal(next?.IsProvisional ?? false, Column(output, "Provisional"));
        Assert.Equal(due is null ? null : DateOnly.Parse(due, CultureInfo.InvariantCulture), Column(output, "NextDue"));
        Assert.Equal(status, Column(output, "DueStatus"));
        Assert.Equal(provisional, Column(output, "Provisional"));
    }

    [Fact]
    public void NewAndChangedItemsCarryTheColumnsForToday()
    {
        using var ps = module.Connect();
        var today = new ChangeContext("test", TimeProvider.System).Today;

        var created = ps.RunClean(NewItem, Number, "Lead", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Single();
        var changed = ps.RunClean("Confirm-SuggestionReceipt $args[0] -On $args[1] -PassThru", Number, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Single();

        Assert.Equal("SignFor", Column(created, "NextClock"));
        Assert.Equal(Deadlines.Next((SuggestionItem)created.BaseObject, today)!.Due, Column(created, "NextDue"));
        Assert.Equal(Deadlines.Next((SuggestionItem)changed.BaseObject, today)!.Clock.ChineseName(), Column(changed, "NextClockChinese"));
    }

    [Fact]
    public void TheColumnsSurviveSelectObjectAndExportCsvInTheirPlaceAmongTheItemsProperties()
    {
        using var ps = module.Connect();
        ps.RunClean(NewItem, Number, "Joint", "2026-11-02");
        var csv = Path.Combine(Path.GetTempPath(), $"items-{Guid.NewGuid():N}.csv");

        var selected = ps.RunClean("Get-Suggestion -AsOf 2026-11-20 | Select-Object (@('Number') + $args[0])", (object)Columns).Single();
        ps.RunClean("Get-Suggestion -AsOf 2026-11-20 | Export-Csv -Path $args[0]", csv);
        var header = File.ReadLines(csv).First();
        var row = ps.RunClean("Import-Csv -Path $args[0]", csv).Single();
        File.Delete(csv);

        object?[] expected = ["会办", "SignFor", "签收", new DateOnly(2026, 11, 5), "overdue by 11 working days", "已逾期11个工作日", false];
        Assert.Equal(expected, Columns.Select(c => Column(selected, c)));
        Assert.Equal(string.Join(",", Views.ItemView.Columns.Select(c => $"\"{c.Name}\"")), header);
        Assert.Equal(["会办", "SignFor", "签收", "2026-11-05", "overdue by 11 working days", "已逾期11个工作日", "False"], Columns.Select(c => Column(row, c)));
    }

    [Fact]
    public void TheColumnsArePartOfTheItemsViewSoListingAddsNothingToEachItem()
    {
        using var ps = module.Connect();
        ps.RunClean(NewItem, Number, "Lead", "2026-11-02");

        var item = ps.RunClean("Get-Suggestion").Single();

        Assert.DoesNotContain(item.Properties, p => p.MemberType == PSMemberTypes.NoteProperty);
        Assert.DoesNotContain(item.Members, m => m.MemberType is PSMemberTypes.NoteProperty or PSMemberTypes.ScriptProperty);
        Assert.All(Columns, c => Assert.Equal(PSMemberTypes.Property, item.Properties[c].MemberType));
    }

    /// <summary>A column's value; fails when the item does not have it.</summary>
    private static object? Column(PSObject output, string name) =>
        (output.Properties[name] ?? throw new Xunit.Sdk.XunitException($"The item has no {name} column.")).Value is PSObject shown
            ? shown.BaseObject
            : output.Properties[name].Value;
}
