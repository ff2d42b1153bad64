using System.Collections.Concurrent;
using SuggestionDesk.Calendar;
using SuggestionDesk.Graph;
using SuggestionDesk.Mail;
using SuggestionDesk.Reminders;
using SuggestionDesk.Services;
using SuggestionDesk.Storage;

namespace SuggestionDesk.Functions.Tests;

/// <summary>
/// A reminder run through the one <see cref="ReminderService"/> and the real Graph transport while Graph misbehaves:
/// throttling, an unavailable service, no answer in time and a mailbox that refuses us.
/// </summary>
public sealed class GraphTroubleTests : IAsyncLifetime
{
    private const string Head = "head.planning@example.gov.cn";
    private const string Throttled = "throttled@example.gov.cn";
    private const string Unavailable = "unavailable@example.gov.cn";
    private const string Slow = "slow@example.gov.cn";
    private const string Denied = "denied@example.gov.cn";
    private static readonly string[] Owners = ["ok1@example.gov.cn", "ok2@example.gov.cn", Throttled, Unavailable, Slow, Denied];
    private static readonly DateOnly Today = new(2026, 10, 9);

    private readonly GraphRecorder graph = GraphRecorder.Start();
    private readonly ConcurrentDictionary<string, int> accepted = new();
    private readonly MailboxGate gate = new(4, 30);
    private AzuriteServer azurite = null!;
    private SuggestionStorage storage = null!;
    private volatile bool denying = true;

    public async Task InitializeAsync()
    {
        azurite = await AzuriteServer.StartAsync();
        storage = SuggestionStorage.FromConnectionString(azurite.ConnectionString, "gt" + Guid.NewGuid().ToString("N")[..10]);
        await storage.CheckAsync();
        await storage.Directory.SetHeadAsync("规划发展处", Head);
        for (var i = 0; i < Owners.Length; i++)
        {
            var spec = SuggestionDesk.Testing.Items.Spec($"2026/000{i + 1}") with { AssignedOn = new DateOnly(2026, 7, 1), Owner = $"承办人{i + 1}", OwnerEmail = Owners[i] };
            var item = SuggestionItem.Create(spec, TestClock.As());
            item.SignFor(new DateOnly(2026, 7, 2), TestClock.As());
            await storage.Items.AddAsync(item);
        }

        // Oldest rule, so the last word: Graph accepts, and we count what it accepted.
        graph.Respond(r => r.Is("POST", "/sendMail") ? Accept(r) : null);
        graph.Respond(r => denying && r.Recipient == Denied ? RecordedResponse.Error(403, "ErrorAccessDenied", "Access to OData is disabled.") : null);
        graph.RespondTimes(1, r => r.Recipient == Throttled, RecordedResponse.Throttled(seconds: 1));
        graph.RespondTimes(1, r => r.Recipient == Unavailable, RecordedResponse.Error(503, "ServiceUnavailable", "Service is temporarily unavailable.", RetryAfterOne));
        graph.RespondTimes(1, r => r.Recipient == Slow, RecordedResponse.Error(504, "GatewayTimeout", "The mailbox did not answer.") with { Delay = TimeSpan.FromSeconds(8) });
    }

    public async Task DisposeAsync()
    {
        await graph.DisposeAsync();
        await azurite.DisposeAsync();
    }

    [Fact]
    public async Task EveryOtherMessageGoesOnceTheFailuresAreReportedAndTheNextRunSendsOnlyThem()
    {
        var first = await RunAsync();
        Assert.All(graph.Requests.Where(r => r.Is("POST", "/sendMail")), r => Assert.True(r.Recipient is not null, $"{r.Sequence} {r.Header("Content-Type")} [{r.BodyText}]"));
        var firstRequests = graph.Requests.Where(r => r.Is("POST", "/sendMail")).GroupBy(r => r.Recipient!).ToDictionary(g => g.Key, g => g.Count());
        denying = false;
        var second = await RunAsync();
        var third = await RunAsync();

        string[] everyone = [.. Owners, Head];
        Assert.Equal(everyone.Order(), first.Select(d => d.Message.Recipient).Order());
        // A 503 and an answer that never came are unclear: the message is looked up in Sent Items, not found there
        // (Graph had refused it), and sent again in the same run.
        Assert.Equal([Denied], first.Where(d => !d.Result!.IsSent).Select(d => d.Message.Recipient));
        Assert.Contains("403 ErrorAccessDenied", first.Single(d => !d.Result!.IsSent).Result!.Reason, StringComparison.Ordinal);
        Assert.Equal((2, 2, 2, 1), (firstRequests[Throttled], firstRequests[Unavailable], firstRequests[Slow], firstRequests[Denied]));
        Assert.Equal([Denied], second.Select(d => d.Message.Recipient));
        Assert.All(second, d => Assert.True(d.Result!.IsSent, d.Result.Reason));
        Assert.Empty(third);
        Assert.Equal(everyone.Order(), accepted.Keys.Order());
        Assert.All(accepted, a => Assert.True(a.Value == 1, $"{a.Key} was accepted {a.Value} times"));
    }

    [Theory]
    [InlineData(LostAnswer.Unavailable)]
    [InlineData(LostAnswer.Dropped)]
    [InlineData(LostAnswer.TimedOut)]
    public async Task AReminderGraphAcceptedWhoseAnswerWasLostIsDeliveredOnceAndRecordedSent(LostAnswer answer)
    {
        graph.LoseAnswers(1, r => r.Recipient == "ok1@example.gov.cn", answer);

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.True(first.Single(d => d.Message.Recipient == "ok1@example.gov.cn").Result!.IsSent);
        Assert.DoesNotContain(second, d => d.Message.Recipient == "ok1@example.gov.cn");
        Assert.Single(graph.Delivered, d => d.Recipient == "ok1@example.gov.cn");
    }

    [Fact]
    public async Task ARunThatDiesBetweenSendingAndRecordingIsFollowedByOneThatFindsTheMessageAndSendsItNoMore()
    {
        denying = false;
        var first = await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync(log: new DyingLog(storage.ReminderLog)));
        var died = Assert.Single(graph.Delivered);
        var second = await RunAsync();
        var third = await RunAsync();

        Assert.Equal("the process died", first.Message);
        Assert.Contains(second, d => d.Message.Recipient == died.Recipient && d.Result!.TransportId!.Contains("found in Sent Items", StringComparison.Ordinal));
        Assert.Empty(third);
        Assert.Equal(graph.Delivered.Count, graph.Delivered.Select(d => d.Recipient).Distinct().Count());
        Assert.Single(graph.Delivered, d => d.Recipient == died.Recipient);
    }

    [Fact]
    public async Task AFailedSignInStopsTheRunAfterTheFirstMessageAndRecordsNothing()
    {
        var credential = new FailingSignIn();

        var first = await RunAsync(credential);
        var again = await new ReminderService(storage.Items, storage.ReminderLog, storage.Directory,
            new ItemDeadlines(DeadlinePolicy.Default, await new CalendarService(storage.Calendars, storage.Items, storage.DeadlinePolicies).LoadAsync()), ReminderPolicy.Default, TestClock.At(Today))
            .PlanAsync(Today);

        Assert.Equal(Owners.Length + 1, first.Count);
        Assert.All(first, d => Assert.False(d.Result!.IsSent));
        Assert.All(first, d => Assert.Contains("AADSTS7000215: Invalid client secret provided", d.Result!.Reason, StringComparison.Ordinal));
        Assert.All(first.Skip(1), d => Assert.Contains("not tried", d.Result!.Reason, StringComparison.Ordinal));
        Assert.Equal(1, credential.Calls);
        Assert.Empty(graph.Requests);
        Assert.Equal(first.Count, again.Messages.Count);
    }

    private static IReadOnlyDictionary<string, string> RetryAfterOne => new Dictionary<string, string> { ["Retry-After"] = "1" };

    private RecordedResponse Accept(RecordedRequest request)
    {
        accepted.AddOrUpdate(request.Recipient ?? "?", 1, (_, n) => n + 1);
        return RecordedResponse.Accepted;
    }

    /// <summary>One run as the timer and the cmdlet make it: plan today's reminders, send through Graph, record what went.</summary>
    private async Task<IReadOnlyList<ReminderDelivery>> RunAsync(Azure.Core.TokenCredential? credential = null, Ports.IReminderLog? log = null)
    {
        var clock = TestClock.At(Today);
        var calendar = await new CalendarService(storage.Calendars, storage.Items, storage.DeadlinePolicies).LoadAsync();
        var service = new ReminderService(storage.Items, log ?? storage.ReminderLog, storage.Directory, new ItemDeadlines(DeadlinePolicy.Default, calendar), ReminderPolicy.Default, clock);
        var plan = await service.PlanAsync(Today);
        using var sender = GraphMailSender.Create(
            new GraphMailOptions { SenderMailbox = "duban@example.gov.cn", Endpoint = graph.Root, Timeout = TimeSpan.FromSeconds(3), SentItemsDelay = TimeSpan.FromMilliseconds(100) },
            credential ?? new FunctionsApp.StaticToken(), gate);
        return await service.SendAsync(plan, new ReminderRenderer(Language.Chinese), sender);
    }

    /// <summary>The real log, in a process that dies right after Graph accepted its first message, before recording it.</summary>
    private sealed class DyingLog(Ports.IReminderLog log) : Ports.IReminderLog
    {
        public Task<IReadOnlySet<ReminderKey>> FindSentAsync(IReadOnlyCollection<ReminderKey> keys, CancellationToken cancellationToken = default) => log.FindSentAsync(keys, cancellationToken);

        public Task RecordAsync(IEnumerable<ReminderKey> keys, DateTimeOffset sentAt, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("the process died");

        public Task RecordAttemptAsync(IEnumerable<ReminderKey> keys, DateTimeOffset at, CancellationToken cancellationToken = default) => log.RecordAttemptAsync(keys, at, cancellationToken);

        public Task<IReadOnlySet<ReminderKey>> FindAttemptedAsync(IReadOnlyCollection<ReminderKey> keys, CancellationToken cancellationToken = default) => log.FindAttemptedAsync(keys, cancellationToken);
    }

    /// <summary>A sign-in the token endpoint refuses, as with an expired client secret.</summary>
    private sealed class FailingSignIn : Azure.Core.TokenCredential
    {
        private int calls;

        public int Calls => calls;

        public override Azure.Core.AccessToken GetToken(Azure.Core.TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref calls);
            throw new Azure.Identity.AuthenticationFailedException("ClientSecretCredential authentication failed: AADSTS7000215: Invalid client secret provided.\nTrace ID: 1");
        }

        public override ValueTask<Azure.Core.AccessToken> GetTokenAsync(Azure.Core.TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(GetToken(requestContext, cancellationToken));
    }
}
