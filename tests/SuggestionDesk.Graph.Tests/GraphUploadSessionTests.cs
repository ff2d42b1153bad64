namespace SuggestionDesk.Graph.Tests;

public sealed class GraphUploadSessionTests : IAsyncLifetime
{
    private readonly GraphRecorder recorder = GraphRecorder.Start();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await recorder.DisposeAsync();

    [Fact]
    public async Task AnAttachmentOver3MBGoesThroughADraftAndAnUploadSession()
    {
        var report = new byte[(4 * 1024 * 1024) + 12345];
        new Random(7).NextBytes(report);
        var small = "a small note"u8.ToArray();
        using var sender = Senders.For(recorder);
        var message = Senders.Message("weiyuanhui@example.gov.cn", "2021年建议办理情况报告") with
        {
            Attachments = [new MailAttachment("2021年报告.pdf", "application/pdf", report), new MailAttachment("note.txt", "text/plain", small)],
        };

        var result = await sender.SendAsync(message);

        Assert.True(result.IsSent, result.Reason);
        var requests = recorder.Requests;
        var draft = requests[0];
        Assert.True(draft.Is("POST", "/v1.0/users/duban@example.gov.cn/messages"), draft.Path);
        var inline = Assert.Single(draft.Json.GetProperty("attachments").EnumerateArray());
        Assert.Equal("note.txt", inline.GetProperty("name").GetString());
        Assert.Equal("weiyuanhui@example.gov.cn", draft.Recipient);

        var session = requests[1];
        Assert.True(session.Is("POST", "/v1.0/users/duban@example.gov.cn/messages/draft-1/attachments/createUploadSession"), session.Path);
        var item = session.Json.GetProperty("AttachmentItem");
        Assert.Equal("2021年报告.pdf", item.GetProperty("name").GetString());
        Assert.Equal(report.Length, item.GetProperty("size").GetInt64());
        Assert.Equal("file", item.GetProperty("attachmentType").GetString());

        var slices = requests.Where(r => r.Method == "PUT").ToList();
        Assert.True(slices.Count >= 2, $"{slices.Count} slice(s)");
        Assert.All(slices, s => Assert.Null(s.Header("Authorization")));
        Assert.Equal(report, slices.SelectMany(s => s.Body).ToArray());
        Assert.Equal($"bytes 0-{slices[0].Body.Length - 1}/{report.Length}", slices[0].Header("Content-Range"));

        var send = requests[^1];
        Assert.True(send.Is("POST", "/v1.0/users/duban@example.gov.cn/messages/draft-1/send"), send.Path);
        Assert.Equal(2 + slices.Count + 1, requests.Count);
    }

    [Fact]
    public async Task AFailedUploadDeletesTheDraftAndReportsTheMessageUnsent()
    {
        recorder.Respond(r => r.Method == "PUT" ? RecordedResponse.Error(403, "AccessDenied", "Upload refused.") : null);
        using var sender = Senders.For(recorder);
        var message = Senders.Message("weiyuanhui@example.gov.cn") with
        {
            Attachments = [new MailAttachment("big.pdf", "application/pdf", new byte[(3 * 1024 * 1024) + 1])],
        };

        var result = await sender.SendAsync(message);

        Assert.False(result.IsSent);
        Assert.DoesNotContain(recorder.Requests, r => r.Path.EndsWith("/send", StringComparison.Ordinal));
        Assert.Contains(recorder.Requests, r => r.Method == "DELETE" && r.Path == "/v1.0/users/duban@example.gov.cn/messages/draft-1");
    }
}
