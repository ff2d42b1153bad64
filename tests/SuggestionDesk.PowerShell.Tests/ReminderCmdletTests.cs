using SuggestionDesk.Testing.Graph;
using SuggestionDesk.Testing.Smtp;

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
        Assert.Equal(["head.planning@example.gov.cn", "lisi@example.gov.cn", "lisi@example.gov.cn"], graph.Requests.Select(r => r.Recipient).Order());
        Assert.All(graph.Requests, r => Assert.Equal("/v1.0/users/duban@example.gov.cn/sendMail", r.Path));
        Assert.All(graph.Requests, r => Assert.Equal("Bearer token-1", r.Header("Authorization")));
        Assert.Contains("&lt;script&gt;", graph.Requests[^1].Json.GetProperty("Message").GetProperty("body").GetProperty("content").GetString(), StringComparison.Ordinal);
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

    public void Dispose() => Directory.Delete(outbox, recursive: true);
}
