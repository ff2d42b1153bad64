using MimeKit;
using SuggestionDesk.Testing.Smtp;

namespace SuggestionDesk.Mail.Tests;

public sealed class SmtpMailSenderTests : IAsyncLifetime
{
    private readonly SmtpRecorder server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task AMessageGoesToTheServerWithItsBodiesAndAttachmentIntact()
    {
        var rendered = new ReminderRenderer().Render(Plans.Plan(new DateOnly(2026, 12, 23), Plans.Signed("2026-09-30")).Messages.Single()) with
        {
            Attachments = [new MailAttachment("2021年报告.pdf", "application/pdf", new byte[] { 37, 80, 68, 70, 45, 0, 255 })],
        };
        using var sender = Sender();

        var result = await sender.SendAsync(rendered);

        Assert.True(result.IsSent, result.Reason);
        var recorded = Assert.Single(server.Messages);
        Assert.Equal("duban@example.gov.cn", recorded.From);
        Assert.Equal(["lisi@example.gov.cn"], recorded.Recipients);
        var mime = await MimeMessage.LoadAsync(new MemoryStream(recorded.Data));
        Assert.Equal(rendered.Subject, mime.Subject);
        Assert.Equal(rendered.Text, mime.TextBody);
        Assert.Equal(rendered.Html, mime.HtmlBody);
        Assert.Equal(result.TransportId, mime.MessageId);
        var attachment = Assert.IsType<MimePart>(Assert.Single(mime.Attachments));
        Assert.Equal("2021年报告.pdf", attachment.FileName);
        using var bytes = new MemoryStream();
        await attachment.Content!.DecodeToAsync(bytes);
        Assert.Equal(rendered.Attachments[0].Content.ToArray(), bytes.ToArray());
    }

    [Fact]
    public async Task ARefusedRecipientFailsOnlyThatMessageAndTheRunKeepsOneConnection()
    {
        server.Refused["wangwu@example.gov.cn"] = true;
        using var sender = Sender();

        var results = new List<SendResult>();
        foreach (var to in new[] { "lisi@example.gov.cn", "wangwu@example.gov.cn", "zhaoliu@example.gov.cn" })
        {
            results.Add(await sender.SendAsync(new RenderedMessage(to, "【催办】", "<p>x</p>", "x")));
        }

        Assert.True(results[0].IsSent && results[2].IsSent);
        Assert.False(results[1].IsSent);
        Assert.Contains("'wangwu@example.gov.cn' was not sent: the server answered 550", results[1].Reason, StringComparison.Ordinal);
        Assert.Equal(["lisi@example.gov.cn", "zhaoliu@example.gov.cn"], server.Messages.SelectMany(m => m.Recipients));
        Assert.Equal(1, server.Connections);
    }

    [Fact]
    public async Task SignsInWhenGivenAUserAndPassword()
    {
        server.Login = ("duban", "s3cret-口令");
        using var sender = Sender(user: "duban", password: "s3cret-口令");

        var result = await sender.SendAsync(new RenderedMessage("lisi@example.gov.cn", "s", "<p>h</p>", "t"));

        Assert.True(result.IsSent, result.Reason);
        Assert.Equal(["duban"], server.Logins);
    }

    [Fact]
    public async Task AServerThatIsNotThereIsAFailedSendNamingIt()
    {
        var port = server.Port;
        await server.DisposeAsync();
        using var sender = new SmtpMailSender(new SmtpOptions { Host = "127.0.0.1", Port = port, Security = SmtpSecurity.None, From = "duban@example.gov.cn" });

        var result = await sender.SendAsync(new RenderedMessage("lisi@example.gov.cn", "s", "<p>h</p>", "t"));

        Assert.False(result.IsSent);
        Assert.Contains($"the connection to 127.0.0.1:{port} failed", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", 587, "The SMTP server ''")]
    [InlineData("smtp.example.gov.cn", 0, "The SMTP port 0")]
    public void OptionsThatCannotWorkAreRefusedNamingTheValue(string host, int port, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => new SmtpMailSender(new SmtpOptions { Host = host, Port = port, From = "duban@example.gov.cn" }));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private SmtpMailSender Sender(string? user = null, string? password = null) => new(new SmtpOptions
    {
        Host = "127.0.0.1",
        Port = server.Port,
        Security = SmtpSecurity.None,
        From = "督办室 <duban@example.gov.cn>",
        UserName = user,
        Password = password,
    });
}
