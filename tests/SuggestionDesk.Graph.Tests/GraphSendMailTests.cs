using System.Diagnostics;
using System.Text.Json;

namespace SuggestionDesk.Graph.Tests;

public sealed class GraphSendMailTests : IAsyncLifetime
{
    private readonly GraphRecorder recorder = GraphRecorder.Start();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await recorder.DisposeAsync();

    [Fact]
    public async Task PostsSendMailAsTheSenderMailboxWithTheTokenSubjectRecipientAndHtmlBody()
    {
        var credential = new RecordingCredential();
        using var sender = Senders.For(recorder, credential);
        var message = Senders.Message("\"李 四\" <lisi@example.gov.cn>") with
        {
            Attachments = [new MailAttachment("清单.csv", "text/csv", "编号,标题\n20210347,智慧城市\n"u8.ToArray())],
        };

        var result = await sender.SendAsync(message);

        Assert.True(result.IsSent, result.Reason);
        var request = Assert.Single(recorder.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1.0/users/duban@example.gov.cn/sendMail", request.Path);
        Assert.Equal($"Bearer {RecordingCredential.Token}", request.Header("Authorization"));
        Assert.Equal(["https://graph.microsoft.com/.default"], credential.Scopes.Distinct());
        var body = request.Json;
        var sent = body.GetProperty("Message");
        Assert.Equal("【催办】1 件建议今日到期", sent.GetProperty("subject").GetString());
        Assert.Equal("html", sent.GetProperty("body").GetProperty("contentType").GetString());
        Assert.Equal(message.Html, sent.GetProperty("body").GetProperty("content").GetString());
        var to = Assert.Single(sent.GetProperty("toRecipients").EnumerateArray()).GetProperty("emailAddress");
        Assert.Equal("lisi@example.gov.cn", to.GetProperty("address").GetString());
        Assert.Equal("李 四", to.GetProperty("name").GetString());
        Assert.True(body.GetProperty("SaveToSentItems").GetBoolean());
        var attachment = Assert.Single(sent.GetProperty("attachments").EnumerateArray());
        Assert.Equal("#microsoft.graph.fileAttachment", attachment.GetProperty("@odata.type").GetString());
        Assert.Equal("清单.csv", attachment.GetProperty("name").GetString());
        Assert.Equal(message.Attachments[0].Content.ToArray(), attachment.GetProperty("contentBytes").GetBytesFromBase64());
    }

    [Fact]
    public async Task TheChinaCloudAsksForATokenForThe21VianetGraph()
    {
        var credential = new RecordingCredential();
        using var sender = Senders.For(recorder, credential, GraphCloud.China);

        var result = await sender.SendAsync(Senders.Message("lisi@example.gov.cn"));

        Assert.True(result.IsSent, result.Reason);
        Assert.Equal(["https://microsoftgraph.chinacloudapi.cn/.default"], credential.Scopes.Distinct());
        Assert.Equal("https://microsoftgraph.chinacloudapi.cn/v1.0", new GraphMailOptions { SenderMailbox = Senders.Mailbox, Cloud = GraphCloud.China }.BaseUrl);
        Assert.Equal(new Uri("https://login.chinacloudapi.cn/"), GraphCloud.Parse("AzureChinaCloud").AuthorityHost);
    }

    [Fact]
    public async Task A429WithRetryAfterIsWaitedOutAndTheMessageGoesOnce()
    {
        recorder.RespondTimes(1, r => r.Is("POST", "/sendMail"), RecordedResponse.Throttled(seconds: 2));
        using var sender = Senders.For(recorder);
        var clock = Stopwatch.StartNew();

        var result = await sender.SendAsync(Senders.Message("lisi@example.gov.cn"));

        Assert.True(result.IsSent, result.Reason);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1.9), $"sent after {clock.Elapsed}, before the 2 s Retry-After");
        var attempts = recorder.Requests;
        Assert.Equal(2, attempts.Count);
        Assert.Equal(attempts[0].BodyText, attempts[1].BodyText);
        Assert.Equal("1", attempts[1].Header("Retry-Attempt"));
    }

    [Fact]
    public async Task A500ForOneRecipientFailsThatMessageOnly()
    {
        recorder.Respond(r => r.Recipient == "wangwu@example.gov.cn" ? RecordedResponse.Error(500, "ErrorInternalServerError", "Mailbox database offline.") : null);
        using var sender = Senders.For(recorder);
        string[] recipients = ["lisi@example.gov.cn", "wangwu@example.gov.cn", "zhaoliu@example.gov.cn"];

        var results = new List<SendResult>();
        foreach (var to in recipients)
        {
            results.Add(await sender.SendAsync(Senders.Message(to)));
        }

        Assert.True(results[0].IsSent && results[2].IsSent);
        Assert.False(results[1].IsSent);
        Assert.Contains("wangwu@example.gov.cn", results[1].Reason, StringComparison.Ordinal);
        Assert.Contains("500", results[1].Reason, StringComparison.Ordinal);
        Assert.Contains("Mailbox database offline.", results[1].Reason, StringComparison.Ordinal);
        Assert.Equal(recipients, recorder.Requests.Select(r => r.Recipient));
    }

    [Fact]
    public async Task AGraphThatStaysUnavailableIsAFailedSendAfterTheRetries()
    {
        recorder.Respond(r => RecordedResponse.Error(503, "ServiceUnavailable", "Try later.", new Dictionary<string, string> { ["Retry-After"] = "0" }));
        using var sender = Senders.For(recorder);

        var result = await sender.SendAsync(Senders.Message("lisi@example.gov.cn"));

        Assert.False(result.IsSent);
        Assert.Contains("still refused after 3 retries", result.Reason, StringComparison.Ordinal);
        Assert.Equal(4, recorder.Requests.Count);
    }

    [Fact]
    public async Task APermanent403IsReportedWithoutRetrying()
    {
        recorder.Respond(r => RecordedResponse.Error(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again."));
        using var sender = Senders.For(recorder);

        var result = await sender.SendAsync(Senders.Message("lisi@example.gov.cn"));

        Assert.False(result.IsSent);
        Assert.Contains("403 ErrorAccessDenied", result.Reason, StringComparison.Ordinal);
        Assert.Single(recorder.Requests);
    }

    [Fact]
    public async Task AGraphThatDoesNotAnswerInTimeIsAFailedSendNotAHang()
    {
        recorder.Respond(r => new RecordedResponse(202, Delay: TimeSpan.FromSeconds(5)));
        using var sender = Senders.For(recorder, timeout: TimeSpan.FromSeconds(1));

        var result = await sender.SendAsync(Senders.Message("lisi@example.gov.cn"));

        Assert.False(result.IsSent);
        Assert.Contains("did not answer within 1 s", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoMoreThanFourRequestsAreInFlightForTheMailbox()
    {
        recorder.Respond(r => new RecordedResponse(202, Delay: TimeSpan.FromMilliseconds(300)));
        using var sender = Senders.For(recorder, gate: new MailboxGate(4, 30));

        var results = await Task.WhenAll(Enumerable.Range(1, 12).Select(i => sender.SendAsync(Senders.Message($"user{i}@example.gov.cn"))));

        Assert.All(results, r => Assert.True(r.IsSent, r.Reason));
        Assert.Equal(12, recorder.Requests.Count);
        Assert.Equal(4, recorder.MaxInFlight);
    }

    [Fact]
    public async Task ARecipientThatIsNotAnAddressIsRefusedBeforeAnyRequest()
    {
        using var sender = Senders.For(recorder);

        var result = await sender.SendAsync(Senders.Message("李四"));

        Assert.False(result.IsSent);
        Assert.Contains("'李四' is not an e-mail address", result.Reason, StringComparison.Ordinal);
        Assert.Empty(recorder.Requests);
    }

    [Theory]
    [InlineData("duban", "sender mailbox 'duban'")]
    [InlineData("", "sender mailbox ''")]
    [InlineData("督办室 <duban@example.gov.cn>", "sender mailbox '督办室 <duban@example.gov.cn>' is not a plain mailbox address")]
    public void OptionsThatCannotWorkAreRefusedNamingTheValue(string mailbox, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => GraphMailSender.Create(new GraphMailOptions { SenderMailbox = mailbox }, new RecordingCredential()));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APlainHttpGraphEndpointOtherThanThisMachineIsRefused()
    {
        var options = new GraphMailOptions { SenderMailbox = Senders.Mailbox, Endpoint = new Uri("http://graph.example.com") };

        Assert.Contains(options.Problems(), p => p.Contains("'http://graph.example.com/' is not an https address", StringComparison.Ordinal));
    }

    [Fact]
    public void OptionsProblemsReadChineseUnderAChineseUiCulture()
    {
        var options = new GraphMailOptions { SenderMailbox = Senders.Mailbox, Endpoint = new Uri("http://graph.example.com"), MaxInFlight = 9 };
        using var culture = SuggestionDesk.Testing.UiCulture.Use("zh-CN");

        Assert.Equal(
            [
                "Graph 终结点 'http://graph.example.com/' 不是 https 地址。请给出如 https://graph.microsoft.com 的地址，或不填以使用所选云的终结点。",
                "MaxInFlight 9 不在 1 至 4 之间：Exchange 每个邮箱最多允许 4 个并发请求。",
            ],
            options.Problems());
    }

    [Fact]
    public void AnUnknownCloudNameIsRefusedWithTheNamesAllowed()
    {
        var error = Assert.Throws<ArgumentException>(() => GraphCloud.Parse("Mars"));

        Assert.Contains("'Mars'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Global", error.Message, StringComparison.Ordinal);
    }
}
