using System.Text.RegularExpressions;
using MimeKit;
using SuggestionDesk.Actions;
using SuggestionDesk.Calendar;
using SuggestionDesk.Items;
using SuggestionDesk.Services;
using SuggestionDesk.Storage;

namespace SuggestionDesk.PowerShell.Tests;

[Collection(ModuleCollection.Name)]
public sealed partial class ActionLinkCmdletTests(AzuriteFixture module) : IDisposable
{
    private const string Base = "https://desk.example.gov.cn/sd/";
    private readonly string outbox = Directory.CreateTempSubdirectory("sd-outbox-").FullName;
    private readonly string prefix = AzuriteFixture.NewNames().Prefix;

    // 李四's item, signed for and overdue on 2026-10-09: its reply links and others are open; the return window is closed.
    private const string Setup = """
        Set-SuggestionDirectory -Office -Mailbox duban@example.gov.cn | Out-Null
        Set-SuggestionDirectory 规划发展处 head.planning@example.gov.cn | Out-Null
        New-Suggestion -Number '2026/0001' -Title '关于加强社区养老服务的建议' -Session '市八届人大三次会议' -LeadProposer '王代表' `
            -Role Lead -Department '规划发展处' -Owner '李四' -OwnerEmail 'lisi@example.gov.cn' -AssignedOn 2026-07-01 | Out-Null
        Confirm-SuggestionReceipt '2026/0001' -On 2026-07-02
        """;

    [Fact]
    public void WithABaseUrlTheOfficersReminderCarriesALinkPerOpenStepAndTheyAreListed()
    {
        using var ps = module.Connect(prefix);
        ps.RunClean(Setup);

        ps.RunClean("Send-SuggestionReminder -AsOf 2026-10-09 -OutboxPath $args[0] -ActionBaseUrl $args[1] | Out-Null", outbox, Base);
        var listed = ps.RunClean("Get-SuggestionActionLink 2026/0001");

        var mail = Message("lisi@example.gov.cn");
        var links = Links(mail.TextBody);
        Assert.Equal(["登记沟通", "报告进展", "申请延期", "提交答复"], links.Select(l => l.Label));
        Assert.All(links, l => Assert.Contains(l.Url, mail.HtmlBody, StringComparison.Ordinal));
        Assert.Equal(8, listed.Count); // the officer's four and the head's four (the overdue item is in the head's section)
        Assert.Equal(["head.planning@example.gov.cn", "lisi@example.gov.cn"], listed.Select(l => (string)l.Properties["Recipient"].Value).Distinct().Order());
        Assert.All(listed, l => Assert.Equal("Live", l.Properties["State"].Value));
        Assert.DoesNotContain(listed, l => links.Any(k => k.Url.Contains((string)l.Properties["Id"].Value, StringComparison.Ordinal)));
        Assert.DoesNotContain("/act/", MaybeMessage("duban@example.gov.cn")?.TextBody ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutABaseUrlOrWithWhatIfNoLinkIsIssued()
    {
        using var ps = module.Connect(prefix);
        ps.RunClean(Setup);

        ps.RunClean("Send-SuggestionReminder -AsOf 2026-10-09 -OutboxPath $args[0] -ActionBaseUrl $args[1] -WhatIf | Out-Null", outbox, Base);
        var afterWhatIf = ps.RunClean("Get-SuggestionActionLink 2026/0001 -All");
        ps.RunClean("Send-SuggestionReminder -AsOf 2026-10-09 -OutboxPath $args[0] | Out-Null", outbox);

        Assert.Empty(afterWhatIf);
        Assert.Empty(ps.RunClean("Get-SuggestionActionLink 2026/0001 -All"));
        Assert.DoesNotContain("/act/", Message("lisi@example.gov.cn").TextBody, StringComparison.Ordinal);
        ps.Run("Send-SuggestionReminder -AsOf 2026-10-10 -OutboxPath $args[0] -ActionBaseUrl 'ftp://desk.example.gov.cn/'", outbox);
        Assert.Contains("'ftp://desk.example.gov.cn/' is not usable", Assert.Single(ps.Errors).Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RevokingEndsTheLinksAskedForAndAPipedLinkEndsOnlyItself()
    {
        using var ps = module.Connect(prefix);
        ps.RunClean(Setup);
        ps.RunClean("Send-SuggestionReminder -AsOf 2026-10-09 -OutboxPath $args[0] -ActionBaseUrl $args[1] | Out-Null", outbox, Base);

        var whatIf = ps.RunClean("Revoke-SuggestionActionLink 2026/0001 -WhatIf -PassThru");
        var byAction = ps.RunClean("Revoke-SuggestionActionLink 2026/0001 -Action 提交答复, ReportProgress -Recipient LISI@example.gov.cn -By 督办室 -PassThru");
        var piped = ps.RunClean("Get-SuggestionActionLink 2026/0001 | Where-Object { $_.Action -eq 'LogContact' -and $_.Recipient -like 'head*' } | Revoke-SuggestionActionLink -PassThru");
        var live = ps.RunClean("Get-SuggestionActionLink 2026/0001");
        var all = ps.RunClean("Get-SuggestionActionLink 2026/0001 -All");

        Assert.Empty(whatIf);
        Assert.Equal(["Reply", "ReportProgress"], byAction.Select(l => (string)l.Properties["Action"].Value).Order());
        Assert.All(byAction, l => Assert.Equal(("Revoked", "督办室"), ((string)l.Properties["State"].Value, (string)l.Properties["RevokedBy"].Value)));
        Assert.Equal(("LogContact", "head.planning@example.gov.cn"), ((string)Assert.Single(piped).Properties["Action"].Value, (string)piped[0].Properties["Recipient"].Value));
        Assert.Equal(5, live.Count);
        Assert.Equal(8, all.Count);
    }

    [Fact]
    public void ThePolicyTurnsActionsOffForTheNextRemindersAndRefusesWhatItCannotUse()
    {
        using var ps = module.Connect(prefix);
        ps.RunClean(Setup);

        var set = ps.RunClean("Set-SuggestionActionLinkPolicy -Disable 提交答复, RequestExtension -LifetimeDays 7 -PassThru").Single();
        ps.RunClean("Send-SuggestionReminder -AsOf 2026-10-09 -OutboxPath $args[0] -ActionBaseUrl $args[1] | Out-Null", outbox, Base);
        ps.Run("Set-SuggestionActionLinkPolicy -Enable Reply -Disable 答复");
        var both = Assert.Single(ps.Errors).Exception.Message;
        ps.Run("Set-SuggestionActionLinkPolicy -Disable 批准");
        var unknown = Assert.Single(ps.Errors).Exception.Message;
        var stored = ps.RunClean("Get-SuggestionActionLinkPolicy").Single();

        Assert.Equal(["RequestExtension", "Reply"], (IEnumerable<string>)set.Properties["Disabled"].Value);
        Assert.Equal(["登记沟通", "报告进展"], Links(Message("lisi@example.gov.cn").TextBody).Select(l => l.Label));
        Assert.All(ps.RunClean("Get-SuggestionActionLink 2026/0001"), l => Assert.Equal(TimeSpan.FromDays(7), (DateTimeOffset)l.Properties["ExpiresAt"].Value - (DateTimeOffset)l.Properties["IssuedAt"].Value));
        Assert.Contains("'Reply' is both enabled and disabled", both, StringComparison.Ordinal);
        Assert.Contains("'批准' is not an action", unknown, StringComparison.Ordinal);
        Assert.Contains("申请退回", unknown, StringComparison.Ordinal);
        Assert.Equal(7, (int)stored.Properties["LifetimeDays"].Value);
    }

    [Fact]
    public async Task WhatCameInByLinkIsShownAsSuchInTheHistory()
    {
        using var ps = module.Connect(prefix);
        ps.RunClean(Setup);
        ps.RunClean("Send-SuggestionReminder -AsOf 2026-10-09 -OutboxPath $args[0] -ActionBaseUrl $args[1] | Out-Null", outbox, Base);
        var token = new Uri(Links(Message("lisi@example.gov.cn").TextBody).Single(l => l.Label == "登记沟通").Url).Segments[^1];

        // The officer's form, as the pages send it, through the same core service.
        var service = Service();
        var opened = await service.OpenAsync(token, ActionCaller.Anonymous);
        var done = await service.PerformAsync(token, opened.Item!.Version, new ActionForm { Method = ContactMethod.Phone, Phase = ContactPhase.During, Text = "电话沟通进展" }, ActionCaller.Anonymous);
        var viaLink = ps.RunClean("Get-SuggestionHistory 2026/0001 -ViaMailLink");
        var contact = ps.RunClean("Get-SuggestionContact 2026/0001").Single();

        Assert.True(done.Succeeded);
        var entry = Assert.Single(viaLink);
        Assert.Equal("李四 <lisi@example.gov.cn>", entry.Properties["Actor"].Value);
        Assert.EndsWith("电话 办时: 电话沟通进展 (via mail link)", (string)entry.Properties["Summary"].Value, StringComparison.Ordinal);
        Assert.Equal(ContactPhase.During, contact.Properties["Phase"].Value);
        Assert.Equal("Used", ps.RunClean("Get-SuggestionActionLink 2026/0001 -All | Where-Object Action -eq LogContact | Where-Object Recipient -like lisi*").Single().Properties["State"].Value);
    }

    public void Dispose() => Directory.Delete(outbox, recursive: true);

    private ActionLinkService Service()
    {
        var storage = SuggestionStorage.FromConnectionString(module.ConnectionString, prefix);
        var suggestions = new SuggestionService(storage.Items, new ItemDeadlines(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn), TimeProvider.System);
        return new ActionLinkService(storage.ActionLinks, storage.ActionLinkPolicies, storage.Directory, suggestions, TimeProvider.System);
    }

    private MimeMessage Message(string recipient) =>
        MaybeMessage(recipient) ?? throw new Xunit.Sdk.XunitException($"No message to {recipient} in the outbox.");

    private MimeMessage? MaybeMessage(string recipient) =>
        Directory.GetFiles(outbox, "*.eml").Where(f => Path.GetFileName(f).Contains(recipient, StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => MimeMessage.Load(f)).LastOrDefault();

    private static (string Label, string Url)[] Links(string? text) =>
        LinkLine().Matches(text ?? string.Empty).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToArray();

    [GeneratedRegex(@"^   (\S+?)(?:：|: )(https://desk\.example\.gov\.cn/sd/act/[A-Za-z0-9_-]+)$", RegexOptions.Multiline)]
    private static partial Regex LinkLine();
}
