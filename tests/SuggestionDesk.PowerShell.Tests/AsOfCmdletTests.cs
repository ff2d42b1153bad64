using System.Diagnostics;

namespace SuggestionDesk.PowerShell.Tests;

/// <summary>
/// -AsOf means the store as it stood on that day, in every cmdlet that has it: a step dated after the day (here a reply
/// dated in June, asked about as of May) has not happened yet.
/// </summary>
[Collection(ModuleCollection.Name)]
public sealed class AsOfCmdletTests(AzuriteFixture module) : IDisposable
{
    // A Lead item due to be replied to on 2021-06-15, replied on 06-10 and evaluated on 06-20 (closed since); and a Joint
    // item whose opinion was due on 2021-04-15 and went out late, on 05-10 (closed since).
    private const string Setup = """
        New-Suggestion -Number 2021/L1 -Title '关于推进政务数据共享的建议' -Session '市七届人大一次会议' -LeadProposer '王代表' `
            -Role Lead -Department '数据资源处' -Owner '周洁' -AssignedOn 2021-03-15 | Out-Null
        New-Suggestion -Number 2021/J1 -Title '关于建设城市大脑的建议' -Session '市七届人大一次会议' -LeadProposer '李代表' `
            -Role Joint -LeadUnit '市工业和信息化局' -Department '数据资源处' -Owner '周洁' -AssignedOn 2021-03-15 | Out-Null
        '2021/L1', '2021/J1' | Confirm-SuggestionReceipt -On 2021-03-16
        Set-SuggestionReply 2021/J1 -RepliedOn 2021-05-10 -Text '会办意见'
        Set-SuggestionReply 2021/L1 -ResultClass A -RepliedOn 2021-06-10 -Text '已解决'
        Set-SuggestionEvaluation 2021/L1 -Result Satisfied -On 2021-06-20
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("sd-asof-").FullName;

    [Fact]
    public void TheSummaryAsOfADayCountsNoReplyDatedAfterIt()
    {
        using var ps = module.Connect();
        ps.RunClean(Setup);

        var may = ps.RunClean("Get-SuggestionSummary -AsOf 2021-05-31").Single();
        var june = ps.RunClean("Get-SuggestionSummary -AsOf 2021-06-30").Single();
        int Figure(PSObject summary, string name) => (int)summary.Properties[name].Value;

        // In May only the Joint opinion (late) was out; the Lead reply of 06-10 and its evaluation had not happened yet.
        Assert.Equal((1, 0, 0, 0), (Figure(may, "Replied"), Figure(may, "RepliedOnTime"), Figure(may, "EvaluationReceived"), Figure(may, "Overdue")));
        Assert.Equal(0m, may.Properties["RepliedOnTimeRate"].Value);
        Assert.Equal((2, 1, 1), (Figure(june, "Replied"), Figure(june, "RepliedOnTime"), Figure(june, "Satisfied")));
        Assert.Equal(0.5m, june.Properties["RepliedOnTimeRate"].Value);
        var april = ps.RunClean("Get-SuggestionSummary -AsOf 2021-04-30").Single();
        Assert.Equal((0, 1, 1), (Figure(april, "Replied"), Figure(april, "NotRepliedPastDue"), Figure(april, "Overdue")));
    }

    [Fact]
    public void TheDeadlinesAsOfADayShowTheReplyDatedAfterItAsNotYetMade()
    {
        using var ps = module.Connect();
        ps.RunClean(Setup);

        var then = ps.RunClean("Get-SuggestionDeadline 2021/J1 -AsOf 2021-04-30").Single(d => (string)d.Properties["Clock"].Value == "JointOpinion");
        var running = ps.RunClean("Get-SuggestionDeadline 2021/J1 -AsOf 2021-04-30 -Running").Select(d => d.Properties["Clock"].Value.ToString());
        var now = ps.RunClean("Get-SuggestionDeadline 2021/J1").Single(d => (string)d.Properties["Clock"].Value == "JointOpinion");
        var before = ps.Run("Get-SuggestionDeadline 2021/J1 -AsOf 2021-03-01 -WarningVariable w; $w").Select(o => o.ToString());

        Assert.Equal(("Overdue", (object?)null), (then.Properties["State"].Value, then.Properties["MetOn"].Value));
        Assert.Equal(["JointOpinion"], running);
        Assert.Equal(("MetLate", (object)new DateOnly(2021, 5, 10)), (now.Properties["State"].Value, now.Properties["MetOn"].Value));
        Assert.Contains("was not yet assigned on 2021-03-01", Assert.Single(before), StringComparison.Ordinal);
    }

    [Fact]
    public void ACopySeenAsOfAPastDayIsNotChangedUncheckedWhenPiped()
    {
        using var ps = module.Connect();
        ps.RunClean(Setup);

        ps.Run("Get-Suggestion 2021/L1 -AsOf 2021-05-31 | Set-Suggestion -Title '改过的标题'");
        var refused = Assert.Single(ps.Errors);
        var unchanged = ps.RunClean("(Get-Suggestion 2021/L1).Title").Single().ToString();
        ps.RunClean("Get-Suggestion 2021/L1 -AsOf 2021-05-31 | Set-Suggestion -Title '改过的标题' -Force");
        var forced = ps.RunClean("(Get-Suggestion 2021/L1).Title").Single().ToString();
        // A day on which the item was as it is now gives the stored item, which changes with the usual check.
        ps.RunClean("Get-Suggestion 2021/L1 -AsOf 2021-07-01 | Set-Suggestion -Title '再改的标题'");

        Assert.StartsWith("SuggestionConflict", refused.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("as it stood on 2021-05-31", refused.Exception.Message, StringComparison.Ordinal);
        Assert.Equal(("关于推进政务数据共享的建议", "改过的标题"), (unchanged, forced));
        Assert.Equal("再改的标题", ps.RunClean("(Get-Suggestion 2021/L1).Title").Single().ToString());
    }

    [Fact]
    public void OverdueAsOfADayListsAnItemClosedSinceAsItStoodThen()
    {
        using var ps = module.Connect();
        ps.RunClean(Setup);

        var then = ps.RunClean("Get-Suggestion -Overdue -AsOf 2021-04-30");
        var now = ps.RunClean("Get-Suggestion -Overdue");
        var signedForThen = ps.RunClean("Get-Suggestion -Status SignedFor -AsOf 2021-04-30").Select(i => i.Properties["Number"].Value.ToString());

        var item = Assert.Single(then);
        Assert.Equal(("2021/J1", "SignedFor"), (item.Properties["Number"].Value.ToString(), item.Properties["Status"].Value.ToString()));
        Assert.Equal("JointOpinion", item.Properties["NextClock"].Value);
        Assert.Empty(now);
        Assert.Equal(["2021/J1", "2021/L1"], signedForThen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheReportAsOfADayLeavesOutTheReplyDatedAfterIt()
    {
        using var ps = module.Connect();
        ps.RunClean(Setup);
        var may = Path.Combine(folder, "may.pdf");
        var june = Path.Combine(folder, "june.pdf");

        ps.RunClean("New-SuggestionReport $args[0] -AsOf 2021-05-31; New-SuggestionReport $args[1] -AsOf 2021-06-30", may, june);

        var mayText = PdfText(may);
        Assert.Contains("已书面答复（会办件为向主办单位提交意见）1件，其中按时答复0件", mayText, StringComparison.Ordinal);
        Assert.DoesNotContain("2021-06-10", mayText, StringComparison.Ordinal);
        var juneText = PdfText(june);
        Assert.Contains("已书面答复（会办件为向主办单位提交意见）2件，其中按时答复1件", juneText, StringComparison.Ordinal);
        Assert.Contains("2021-06-10", juneText, StringComparison.Ordinal);
    }

    [Fact]
    public void AReminderRunAsOfADayRemindsOfAnItemClosedSince()
    {
        using var ps = module.Connect();
        ps.RunClean("""
            Set-SuggestionDirectory -Office -Mailbox duban@example.gov.cn | Out-Null
            Set-SuggestionDirectory 规划发展处 head.planning@example.gov.cn | Out-Null
            New-Suggestion -Number '2026/0001' -Title '关于推进数据开放的建议' -Session '市八届人大三次会议' -LeadProposer '王代表' `
                -Role Lead -Department '规划发展处' -Owner '李四' -OwnerEmail 'lisi@example.gov.cn' -AssignedOn 2026-07-01 | Out-Null
            Confirm-SuggestionReceipt '2026/0001' -On 2026-07-02
            Set-SuggestionReply '2026/0001' -ResultClass A -RepliedOn 2026-10-20 -Text '已解决'
            Set-SuggestionEvaluation '2026/0001' -Result Satisfied -On 2026-10-23
            """);

        // The reply was due on 2026-10-08: on 10-09 it was overdue, whatever happened after.
        var planned = ps.RunClean("Send-SuggestionReminder -AsOf 2026-10-09 -OutboxPath $args[0] -WhatIf", Path.Combine(folder, "outbox"));

        Assert.Equal(["head.planning@example.gov.cn", "lisi@example.gov.cn"], planned.Select(m => m.Properties["Recipient"].Value.ToString()).Order(StringComparer.Ordinal));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string PdfText(string pdf)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-raw", "-enc", "UTF-8", pdf, "-" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text.Replace("\n", string.Empty);
    }
}
