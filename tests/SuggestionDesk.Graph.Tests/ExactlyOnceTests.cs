using SuggestionDesk.Ports;

namespace SuggestionDesk.Graph.Tests;

/// <summary>
/// sendMail is not idempotent: when Graph accepted a message and only its answer was lost, the sender finds the
/// message by its delivery key in Sent Items instead of sending it again.
/// </summary>
public sealed class ExactlyOnceTests : IAsyncDisposable
{
    private const string Key = "sd-0123456789abcdef0123456789abcdef";
    private readonly GraphRecorder recorder = GraphRecorder.Start();

    [Theory]
    [InlineData(LostAnswer.Unavailable)]
    [InlineData(LostAnswer.Dropped)]
    [InlineData(LostAnswer.TimedOut)]
    public async Task AMessageGraphAcceptedIsDeliveredOnceWhenItsAnswerIsLost(LostAnswer answer)
    {
        recorder.LoseAnswers(1, r => r.Is("POST", "/sendMail"), answer);
        using var sender = Senders.For(recorder, timeout: TimeSpan.FromSeconds(3));

        var result = await sender.SendAsync(Keyed());

        Assert.True(result.IsSent, result.Reason);
        var delivered = Assert.Single(recorder.Delivered);
        Assert.Equal(("lisi@example.gov.cn", Key), (delivered.Recipient, delivered.Key));
        Assert.Contains("found in Sent Items", result.TransportId, StringComparison.Ordinal);
        Assert.Contains(recorder.Requests, r => r.Method == "GET" && r.Path.EndsWith("/mailFolders/SentItems/messages", StringComparison.Ordinal));
        Assert.Contains("found in Sent Items", result.TransportId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMessageGraphRefusedWith503IsLookedUpThenSentOnce()
    {
        recorder.RespondTimes(1, r => r.Is("POST", "/sendMail"), RecordedResponse.Error(503, "ServiceUnavailable", "Try later.", new Dictionary<string, string> { ["Retry-After"] = "0" }));
        using var sender = Senders.For(recorder);

        var result = await sender.SendAsync(Keyed());

        Assert.True(result.IsSent, result.Reason);
        var delivered = Assert.Single(recorder.Delivered);
        Assert.Equal(("lisi@example.gov.cn", Key), (delivered.Recipient, delivered.Key));
        Assert.Equal(2, recorder.Requests.Count(r => r.Is("POST", "/sendMail")));
        Assert.All(recorder.Requests.Where(r => r.Is("POST", "/sendMail")), r => Assert.Equal("lisi@example.gov.cn", r.Recipient));
    }

    [Fact]
    public async Task TheKeyTravelsAsANamedExtendedPropertyAndTheLookUpFiltersOnIt()
    {
        recorder.LoseAnswers(1, r => r.Is("POST", "/sendMail"), LostAnswer.Unavailable);
        using var sender = Senders.For(recorder);

        await sender.SendAsync(Keyed());

        var property = recorder.Requests.First(r => r.Is("POST", "/sendMail")).Json.GetProperty("Message").GetProperty("singleValueExtendedProperties")[0];
        Assert.Equal(Key, property.GetProperty("value").GetString());
        Assert.StartsWith("String {", property.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("} Name SuggestionDeskDeliveryKey", property.GetProperty("id").GetString(), StringComparison.Ordinal);
        var lookUp = recorder.Requests.First(r => r.Method == "GET");
        Assert.Contains($"singleValueExtendedProperties/Any(ep: ep/id eq '{property.GetProperty("id").GetString()}' and ep/value eq '{Key}')", lookUp.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMessageAnEarlierRunMayHaveSentIsLookedUpFirstAndNotSentAgainWhenFound()
    {
        recorder.AlreadySent("lisi@example.gov.cn", Key);
        using var sender = Senders.For(recorder);

        var result = await sender.SendAsync(Keyed() with { MaybeSentBefore = true });

        Assert.True(result.IsSent);
        Assert.Single(recorder.Delivered);
        Assert.DoesNotContain(recorder.Requests, r => r.Method == "POST");
    }

    [Fact]
    public async Task AMessageAnEarlierRunDidNotSendIsSentAfterTheLookUp()
    {
        using var sender = Senders.For(recorder);

        var result = await sender.SendAsync(Keyed() with { MaybeSentBefore = true });

        Assert.True(result.IsSent);
        Assert.Equal(Key, Assert.Single(recorder.Delivered).Key);
        Assert.Equal(["GET", "POST"], recorder.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task ALargeMessageSentFromADraftIsDeliveredOnceWhenTheSendsAnswerIsLost()
    {
        recorder.LoseAnswers(1, r => r.Is("POST", "/send"), LostAnswer.Dropped);
        using var sender = Senders.For(recorder);
        var message = Keyed() with { Attachments = [new MailAttachment("big.pdf", "application/pdf", new byte[(3 * 1024 * 1024) + 1])] };

        var result = await sender.SendAsync(message);

        Assert.True(result.IsSent, result.Reason);
        var delivered = Assert.Single(recorder.Delivered);
        Assert.Equal(Key, delivered.Key);
        Assert.DoesNotContain(recorder.Requests, r => r.Method == "DELETE");
    }

    public async ValueTask DisposeAsync() => await recorder.DisposeAsync();

    private static RenderedMessage Keyed() => Senders.Message("lisi@example.gov.cn") with { DeliveryKey = Key };
}
