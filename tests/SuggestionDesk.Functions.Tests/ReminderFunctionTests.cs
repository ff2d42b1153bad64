using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using SuggestionDesk.Calendar;
using SuggestionDesk.Functions.Timers;
using SuggestionDesk.Storage;

namespace SuggestionDesk.Functions.Tests;

public sealed class ReminderFunctionTests : IAsyncLifetime
{
    private readonly GraphRecorder graph = GraphRecorder.Start();
    private readonly string prefix = "fn" + Guid.NewGuid().ToString("N")[..10];
    private AzuriteServer azurite = null!;

    public async Task InitializeAsync()
    {
        azurite = await AzuriteServer.StartAsync();
        await SignedItemStore.CreateAsync(azurite.ConnectionString, prefix, withHead: true);
    }

    public async Task DisposeAsync()
    {
        await graph.DisposeAsync();
        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task OnAWorkingDayTheOwnerAndTheHeadAreRemindedThroughGraphAsTheSenderMailbox()
    {
        await using var app = Start(new DateOnly(2026, 10, 9));

        await app.Create<ReminderFunctions>().RemindersAsync(Timer(), CancellationToken.None);

        Assert.Equal(["head.planning@example.gov.cn", "lisi@example.gov.cn"], graph.Requests.Select(r => r.Recipient).Order());
        Assert.All(graph.Requests, r => Assert.Equal("/v1.0/users/duban@example.gov.cn/sendMail", r.Path));
        Assert.All(graph.Requests, r => Assert.Equal($"Bearer {FunctionsApp.StaticToken.Token}", r.Header("Authorization")));
    }

    [Fact]
    public async Task OnAHolidayNothingIsSent()
    {
        await using var app = Start(new DateOnly(2026, 10, 3));

        await app.Create<ReminderFunctions>().RemindersAsync(Timer(), CancellationToken.None);

        Assert.Empty(graph.Requests);
    }

    [Fact]
    public async Task OnAMakeUpSaturdayRemindersGoOut()
    {
        // 2026-10-10 is the Saturday worked in exchange for the National Day holiday.
        await using var app = Start(new DateOnly(2026, 10, 10));

        await app.Create<ReminderFunctions>().RemindersAsync(Timer(), CancellationToken.None);

        Assert.NotEmpty(graph.Requests);
    }

    [Fact]
    public async Task TwiceInADaySendsOnceAndAPastDueFiringStillSendsTodays()
    {
        await using var app = Start(new DateOnly(2026, 10, 9));
        var functions = app.Create<ReminderFunctions>();

        await functions.RemindersAsync(Timer(pastDue: true), CancellationToken.None);
        await functions.RemindersAsync(Timer(), CancellationToken.None);

        Assert.Equal(2, graph.Requests.Count);
    }

    [Fact]
    public async Task TwoFiringsAtOnceSendEachMessageOnce()
    {
        await using var first = Start(new DateOnly(2026, 10, 9));
        await using var second = Start(new DateOnly(2026, 10, 9));
        graph.Respond(r => new RecordedResponse(202, Delay: TimeSpan.FromMilliseconds(300)));

        await Task.WhenAll(
            first.Create<ReminderFunctions>().RemindersAsync(Timer(), CancellationToken.None),
            second.Create<ReminderFunctions>().RemindersAsync(Timer(), CancellationToken.None));

        Assert.Equal(["head.planning@example.gov.cn", "lisi@example.gov.cn"], graph.Requests.Select(r => r.Recipient).Order());
    }

    [Fact]
    public async Task TwoFiringsAtOnceAndAPastDueOneSendOneMessagePerPerson()
    {
        await using var first = Start(new DateOnly(2026, 10, 9));
        await using var second = Start(new DateOnly(2026, 10, 9));
        await using var late = Start(new DateOnly(2026, 10, 9));
        graph.Respond(r => new RecordedResponse(202, Delay: TimeSpan.FromMilliseconds(300)));

        await Task.WhenAll(
            first.Create<ReminderFunctions>().RemindersAsync(Timer(), CancellationToken.None),
            second.Create<ReminderFunctions>().RemindersAsync(Timer(), CancellationToken.None),
            late.Create<ReminderFunctions>().RemindersAsync(Timer(pastDue: true), CancellationToken.None));

        Assert.Equal(["head.planning@example.gov.cn", "lisi@example.gov.cn"], graph.Requests.Select(r => r.Recipient).Order());
    }

    [Fact]
    public async Task TheRemindersFollowTheDeadlinePolicyStoredForTheOffice()
    {
        // Under the default 3 months the reply is due 2026-10-08: nothing is due on 2026-09-15.
        await using (var before = Start(new DateOnly(2026, 9, 15)))
        {
            await before.Create<ReminderFunctions>().RemindersAsync(Timer(), CancellationToken.None);
        }

        Assert.Empty(graph.Requests);
        await using var app = Start(new DateOnly(2026, 9, 15));
        await app.Storage.DeadlinePolicies.SaveAsync(DeadlinePolicy.Default.With(DeadlineClock.Reply, DeadlineRule.Months(2)), null);

        await app.Create<ReminderFunctions>().RemindersAsync(Timer(), CancellationToken.None);

        // Two months make it due 2026-09-01: ten working days late, so the head and the office are told as well.
        Assert.Equal(["head.planning@example.gov.cn", "lisi@example.gov.cn", "office@example.gov.cn"], graph.Requests.Select(r => r.Recipient).Order());
        Assert.Contains("2026-09-01", graph.Requests[0].Json.GetProperty("Message").GetProperty("body").GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDigestGoesOnTheWeeksFirstWorkingDayToTheOfficeFromTheSettingsAndTheHead()
    {
        await using (var tuesday = Start(new DateOnly(2026, 11, 24)))
        {
            await tuesday.Create<ReminderFunctions>().DigestAsync(Timer(), CancellationToken.None);
        }

        Assert.Empty(graph.Requests);
        await using var monday = Start(new DateOnly(2026, 11, 23));

        await monday.Create<ReminderFunctions>().DigestAsync(Timer(), CancellationToken.None);

        Assert.Equal(["head.planning@example.gov.cn", "office@example.gov.cn"], graph.Requests.Select(r => r.Recipient).Order());
    }

    [Fact]
    public async Task AnOfficerWithoutAnAddressIsStoodInForByTheHeadAndLoggedAsAWarning()
    {
        var storage = SuggestionStorage.FromConnectionString(azurite.ConnectionString, prefix);
        var item = SuggestionItem.Create(SuggestionDesk.Testing.Items.Spec("2026/0002") with { AssignedOn = new DateOnly(2026, 7, 1), Owner = "赵六", OwnerEmail = null }, TestClock.As());
        item.SignFor(new DateOnly(2026, 7, 2), TestClock.As());
        await storage.Items.AddAsync(item);
        var logs = new RecordedLogs();
        await using var app = FunctionsApp.Start(FunctionsApp.Settings(azurite.ConnectionString, graph, prefix), new DateOnly(2026, 10, 9), logs);

        await app.Create<ReminderFunctions>().RemindersAsync(Timer(), CancellationToken.None);

        var warning = Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Equal(typeof(ReminderFunctions).FullName, warning.Category);
        Assert.Equal("Suggestion 2026/0002 (规划发展处): officer 赵六 has no e-mail address (承办人未登记邮箱); reminders sent to head.planning@example.gov.cn. "
            + "The officer has no e-mail address; the reminders go to the department head instead.", warning.Message);
        Assert.Equal(["head.planning@example.gov.cn", "lisi@example.gov.cn"], graph.Requests.Select(r => r.Recipient).Order());
        var headMail = graph.Requests.Single(r => r.Recipient == "head.planning@example.gov.cn").Json.GetProperty("Message").GetProperty("body").GetProperty("content").GetString();
        Assert.Contains("承办人未登记邮箱的建议", headMail, StringComparison.Ordinal);
    }

    private FunctionsApp Start(DateOnly today) => FunctionsApp.Start(FunctionsApp.Settings(azurite.ConnectionString, graph, prefix), today);

    private static TimerInfo Timer(bool pastDue = false) => new() { IsPastDue = pastDue };
}
