using SuggestionDesk.Testing.Graph;
using SuggestionDesk.Testing.Smtp;
using System.Management.Automation;
using SuggestionDesk.PowerShell.Reminders;

namespace SuggestionDesk.PowerShell.Tests;

[Collection(ModuleCollection.Name)]
public sealed class ReminderCmdletTests(AzuriteFixture module) : IDisposable
{
    private readonly string outbox = Directory.CreateTempSubdirectory("sd-outbox-").FullName;

    private const string Setup = """
        Set-SuggestionDirectory -Office -Mailbox duban@example.gov.cn | Out-Null
        Set-SuggestionDirectory 规划发展处 head.planning@example.gov.cn | Out-Null
        New-Suggestion -Number '2026/0001' -Title '<script>alert(1)</script>' -Session '市八届人大三次会议' -LeadProposer '王代表' `
            -Role Lead -Department '规划发展处' -Owner '李四' -OwnerEmail 'lisi@example.gov.cn' -AssignedOn 2026-07-01 | Out-Null
        Confirm-SuggestionReceipt '2026/0001' -On 2026-07-02
        """;

    [Fact]
    public void OverdueRemindersGoToOwnerAndHeadAsFilesAndASecondRunSendsNothing()
    {
        using var ps = module.Connect();
        ps.RunClean(Setup);

        var first = ps.RunClean("Send-SuggestionReminder -AsOf 2026-10-09 -OutboxPath $args[0]", outbox);
        var second = ps.RunClean("Send-SuggestionReminder -AsOf 2026-10-09 -OutboxPath $args[0]", outbox);

        Assert.Equal(["head.planning@example.gov.cn", "lisi@example.gov.cn"], first.Select(m => m.Properties["Recipient"].Value.ToString()).Order());
        Assert.All(first, m => Assert.Equal("Sent", m.Properties["Status"].Value));
        Assert.Empty(second);
        Assert.Equal(2, Directory.GetFiles(outbox, "*.eml").Length);
        var eml = File.ReadAllText(Directory.GetFiles(outbox, "*.eml").First());
        Assert.Contains("Subject:", eml, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatIfPlansButSendsAndRecordsNothing()
    {
        using var ps = module.Connect();
        ps.RunClean(Setup);

        var planned = ps.RunClean("Send-SuggestionReminder -AsOf 2026-10-09 -OutboxPath $args[0] -WhatIf", outbox);
        var sent = ps.RunClean("Send-SuggestionReminder -AsOf 2026-10-09 -OutboxPath $args[0]", outbox);

        Assert.All(planned, m => Assert.Equal("Planned", m.Properties["Status"].Value));
        Assert.Equal(2, planned.Count);
        Assert.Equal(2, sent.Count);
    }

    [Fact]
    public void NothingGoesOutOnAHoliday()
    {
        using var ps = module.Connect();
        ps.RunClean(Setup);

        var output = ps.Run("Send-SuggestionReminder -AsOf 2026-10-03 -OutboxPath $args[0] -WarningVariable w; $w", outbox);

        Assert.Contains("国庆节", string.Join(" ", output.Select(o => o.ToString())), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(outbox));
    }

    [Fact]
    public void TheStoredPolicyDecidesWhoIsToldAndABadPolicyIsRefused()
    {
        using var ps = module.Connect();
        ps.RunClean(Setup);
        ps.RunClean("Set-SuggestionReminderPolicy -HeadAfterWorkingDaysLate 3 -OfficeAfterWorkingDaysLate 3 | Out-Null");

        var early = ps.RunClean("Send-SuggestionReminder -AsOf 2026-10-09 -OutboxPath $args[0]", outbox);
        ps.Run("Set-SuggestionReminderPolicy -StagesBeforeDue 7, 7");

        Assert.Equal(["lisi@example.gov.cn"], early.Select(m => m.Properties["Recipient"].Value.ToString()));
        Assert.Contains("'7, 7'", Assert.Single(ps.Errors).Exception.Message, StringComparison.Ordinal);
        Assert.Equal(3, (int)ps.RunClean("(Get-SuggestionReminderPolicy).OfficeAfterWorkingDaysLate").Single().BaseObject);
    }

    [Fact]
    public async Task ThroughGraphAFailedRecipientIsReportedAndSentOnTheNextRunAndNobodyTwice()
    {
        await using var graph = GraphRecorder.Start();
        graph.RespondTimes(1, r => r.Recipient == "lisi@example.gov.cn", RecordedResponse.Error(500, "ErrorInternalServerError", "Mailbox database offline."));
        using var ps = module.Connect();
        ps.RunClean(Setup);
        const string send = "Send-SuggestionReminder -AsOf 2026-10-09 -Transport Graph -GraphEndpoint $args[0] -AccessToken (ConvertTo-SecureString 'token-1' -AsPlainText -Force)";

        var first = ps.Run(send, graph.Root);
        var firstErrors = ps.Errors.ToList();
        var second = ps.RunClean(send, graph.Root);
        var third = ps.RunClean(send, graph.Root);

        Assert.Equal(["head.planning@example.gov.cn:Sent", "lisi@example.gov.cn:Failed"], first.Select(m => $"{m.Properties["Recipient"].Value}:{m.Properties["Status"].Value}").Order());
        Assert.Contains("Mailbox database offline.", Assert.Single(firstErrors).Exception.Message, StringComparison.Ordinal);
        Assert.Contains("retried on the next run", firstErrors[0].Exception.Message, StringComparison.Ordinal);
        Assert.Equal(["lisi@example.gov.cn:Sent"], second.Select(m => $"{m.Properties["Recipient"].Value}:{m.Properties["Status"].Value}"));
        Assert.Empty(third);
        var sends = graph.Requests.Where(r => r.Method == "POST").ToList();
        Assert.Equal(["head.planning@example.gov.cn", "lisi@example.gov.cn", "lisi@example.gov.cn"], sends.Select(r => r.Recipient).Order());
        Assert.All(sends, r => Assert.Equal("/v1.0/users/duban@example.gov.cn/sendMail", r.Path));
        // The failed message was recorded as attempted, so the next run first asked Sent Items whether it went out.
        var lookUp = Assert.Single(graph.Requests, r => r.Method == "GET");
        Assert.Equal("/v1.0/users/duban@example.gov.cn/mailFolders/SentItems/messages", lookUp.Path);
        Assert.All(graph.Requests, r => Assert.Equal("Bearer token-1", r.Header("Authorization")));
        Assert.Contains("&lt;script&gt;", sends[^1].Json.GetProperty("Message").GetProperty("body").GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThroughSmtpEachPersonGetsOneMessageFromTheOfficeMailbox()
    {
        await using var smtp = new SmtpRecorder();
        using var ps = module.Connect();
        ps.RunClean(Setup);

        var sent = ps.RunClean("Send-SuggestionReminder -AsOf 2026-10-09 -Transport Smtp -SmtpServer 127.0.0.1 -SmtpPort $args[0] -SmtpSecurity None", smtp.Port);

        Assert.All(sent, m => Assert.Equal("Sent", m.Properties["Status"].Value));
        Assert.Equal(["head.planning@example.gov.cn", "lisi@example.gov.cn"], smtp.Messages.SelectMany(m => m.Recipients).Order());
        Assert.All(smtp.Messages, m => Assert.Equal("duban@example.gov.cn", m.From));
        Assert.Equal(1, smtp.Connections);
    }

    [Fact]
    public void ATransportParameterGivenToAnotherTransportIsRefusedBeforeAnythingIsSent()
    {
        using var ps = module.Connect();
        ps.RunClean(Setup);

        ps.Run("Send-SuggestionReminder -AsOf 2026-10-09 -OutboxPath $args[0] -TenantId contoso -SmtpServer smtp.example.gov.cn", outbox);

        var error = Assert.Single(ps.Errors).Exception.Message;
        Assert.Contains("-TenantId, -SmtpServer do not apply to -Transport Outbox", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(outbox));
    }

    [Fact]
    public void GraphWithoutASenderSaysHowToGiveOne()
    {
        using var ps = module.Connect();
        ps.RunClean("New-Suggestion -Number '2026/0002' -Title 't' -Session 's' -LeadProposer 'p' -Role Lead -Department 'd' -Owner 'o' -OwnerEmail 'o@example.gov.cn' -AssignedOn 2026-07-01 | Out-Null");

        ps.Run("Send-SuggestionReminder -AsOf 2026-10-09 -Transport Graph -GraphEndpoint http://127.0.0.1:9/");

        Assert.Contains("Set-SuggestionDirectory -Office", Assert.Single(ps.Errors).Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnItemWhoseOfficerHasNoAddressGoesToTheHeadAndIsReturnedAsAnObject()
    {
        using var ps = module.Connect();
        ps.RunClean(Setup);
        ps.RunClean("""
            New-Suggestion -Number '2026/0002' -Title '无邮箱' -Session '市八届人大三次会议' -LeadProposer '王代表' `
                -Role Lead -Department '规划发展处' -Owner '赵六' -AssignedOn 2026-07-01 | Out-Null
            Confirm-SuggestionReceipt '2026/0002' -On 2026-07-02
            """);

        var output = ps.Run("Send-SuggestionReminder -AsOf 2026-10-09 -OutboxPath $args[0] -WarningVariable w; $w", outbox);

        var unaddressed = Assert.Single(output, o => o.BaseObject is UnaddressedReminder);
        Assert.Equal(("2026/0002", "规划发展处", "赵六", "head.planning@example.gov.cn"),
            ((string)unaddressed.Properties["Number"].Value, (string)unaddressed.Properties["Department"].Value,
                (string)unaddressed.Properties["Officer"].Value, (string)unaddressed.Properties["SentTo"].Value));
        Assert.Equal("The officer has no e-mail address; the reminders go to the department head instead.", unaddressed.Properties["Reason"].Value);
        Assert.Equal("承办人未登记邮箱，提醒改发处室负责人。", unaddressed.Properties["ReasonChinese"].Value);
        Assert.Contains(output, o => o.BaseObject is WarningRecord warning && warning.Message.Contains("'2026/0002'", StringComparison.Ordinal)
            && warning.Message.Contains("承办人未登记邮箱", StringComparison.Ordinal));
        var head = Assert.Single(output, o => o.BaseObject is ReminderSent { Recipient: "head.planning@example.gov.cn" });
        Assert.Equal(["2026/0001", "2026/0002"], ((string[])head.Properties["Items"].Value).Order());
    }

    [Fact]
    public void WithNobodyToStandInTheItemIsReturnedAsNotSent()
    {
        using var ps = module.Connect();
        ps.RunClean("""
            New-Suggestion -Number '2026/0003' -Title '无人可发' -Session '市八届人大三次会议' -LeadProposer '王代表' `
                -Role Lead -Department '政务服务处' -Owner '钱七' -AssignedOn 2026-07-01 | Out-Null
            """);

        var output = ps.Run("Send-SuggestionReminder -AsOf 2026-10-09 -OutboxPath $args[0] -WarningAction SilentlyContinue", outbox);

        var unaddressed = Assert.Single(output);
        Assert.IsType<UnaddressedReminder>(unaddressed.BaseObject);
        Assert.Null(unaddressed.Properties["SentTo"].Value);
        Assert.Contains("were not sent", (string)unaddressed.Properties["Reason"].Value, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(outbox));
    }

    [Fact]
    public void TheHolidaySettingsAreStoredWithThePolicyAndABreakOfTwoDaysIsRefused()
    {
        using var ps = module.Connect();

        var defaults = ps.RunClean("Get-SuggestionReminderPolicy").Single();
        ps.RunClean("Set-SuggestionReminderPolicy -MoveStagesEarlier $false -BreakMinimumDays 5 -BreakLookAheadWorkingDays 2 | Out-Null");
        var changed = ps.RunClean("Get-SuggestionReminderPolicy").Single();
        ps.Run("Set-SuggestionReminderPolicy -BreakMinimumDays 2");

        Assert.Equal((true, 3, 3), ((bool)defaults.Properties["MoveStagesEarlier"].Value, (int)defaults.Properties["BreakMinimumDays"].Value, (int)defaults.Properties["BreakLookAheadWorkingDays"].Value));
        Assert.Equal((false, 5, 2), ((bool)changed.Properties["MoveStagesEarlier"].Value, (int)changed.Properties["BreakMinimumDays"].Value, (int)changed.Properties["BreakLookAheadWorkingDays"].Value));
        Assert.Contains("A break of 2 days off is not usable", Assert.Single(ps.Errors).Exception.Message, StringComparison.Ordinal);
        Assert.Equal(5, (int)ps.RunClean("(Get-SuggestionReminderPolicy).BreakMinimumDays").Single().BaseObject);
    }

    [Fact]
    public void BeforeNationalDayTheOfficerGetsTheWarningAsOneMessage()
    {
        using var ps = module.Connect();
        ps.RunClean("""
            New-Suggestion -Number '2026/0004' -Title '节前' -Session '市八届人大三次会议' -LeadProposer '王代表' `
                -Role Lead -Department '规划发展处' -Owner '李四' -OwnerEmail 'lisi@example.gov.cn' -AssignedOn 2026-07-08 | Out-Null
            Confirm-SuggestionReceipt '2026/0004' -On 2026-07-08
            """);

        var sent = ps.RunClean("Send-SuggestionReminder -AsOf 2026-09-30 -OutboxPath $args[0]", outbox);

        var message = Assert.Single(sent);
        Assert.Equal("【催办】国庆节假期前提醒：1 件建议在假期中或节后到期", message.Properties["Subject"].Value);
        Assert.Equal(["2026/0004 Reply D-1 Break"], (string[])message.Properties["Stages"].Value);
    }

    public void Dispose() => Directory.Delete(outbox, recursive: true);
}
