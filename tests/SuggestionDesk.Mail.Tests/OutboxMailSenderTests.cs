using System.Text.RegularExpressions;
using MimeKit;

namespace SuggestionDesk.Mail.Tests;

public sealed class OutboxMailSenderTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "sd-outbox-" + Guid.NewGuid().ToString("N"), "nested");
    private readonly OutboxMailSender outbox;

    public OutboxMailSenderTests() =>
        outbox = new OutboxMailSender(folder, "督办室 <duban@example.gov.cn>", TestClock.At(new DateOnly(2026, 12, 23)));

    public void Dispose()
    {
        if (Directory.Exists(Path.GetDirectoryName(folder)))
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }

    [Fact]
    public async Task AMessageIsWrittenAsAnEmlFileThatReadsBackIntact()
    {
        var message = Plans.Plan(new DateOnly(2026, 12, 23), Plans.Signed("2026-09-30")).Messages.Single();
        var rendered = new ReminderRenderer().Render(message);

        var result = await outbox.SendAsync(rendered);

        Assert.True(result.IsSent, result.Reason);
        Assert.Equal(folder, Path.GetDirectoryName(result.TransportId));
        var read = await MimeMessage.LoadAsync(result.TransportId!);
        Assert.Equal(rendered.Subject, read.Subject);
        Assert.Equal("lisi@example.gov.cn", Assert.Single(read.To.Mailboxes).Address);
        Assert.Equal("duban@example.gov.cn", Assert.Single(read.From.Mailboxes).Address);
        Assert.Equal("督办室", read.From.Mailboxes.Single().Name);
        Assert.Equal(rendered.Text, read.TextBody);
        Assert.Equal(rendered.Html, read.HtmlBody);
        Assert.Contains("关于创新智慧城市和数字政府建设管理体制机制的建议", read.TextBody, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 12, 23), DateOnly.FromDateTime(read.Date.UtcDateTime.AddHours(8)));
        Assert.False(string.IsNullOrEmpty(read.MessageId));
        Assert.IsType<MultipartAlternative>(read.Body);
    }

    [Fact]
    public async Task TwoMessagesMakeTwoFilesAndNoTemporaryFileIsLeft()
    {
        var message = new RenderedMessage("lisi@example.gov.cn", "【催办】1 件建议今日到期", "<p>今日到期</p>", "今日到期");

        var first = await outbox.SendAsync(message);
        var second = await outbox.SendAsync(message);

        Assert.NotEqual(first.TransportId, second.TransportId);
        Assert.Equal(2, Directory.GetFiles(folder, "*.eml").Length);
        Assert.Equal(2, Directory.GetFiles(folder).Length);
    }

    [Fact]
    public async Task TheFileNameHoldsOnlyCharactersSafeOnWindowsAndLinux()
    {
        var result = await outbox.SendAsync(new RenderedMessage("\"李 四\" <li.si+提醒@example.gov.cn>", "s", "<p>h</p>", "t"));

        Assert.True(result.IsSent, result.Reason);
        Assert.Matches(new Regex("^[0-9]{8}T[0-9]{9}Z_[A-Za-z0-9._@-]+_[0-9a-f]{8}\\.eml$"), Path.GetFileName(result.TransportId));
    }

    [Fact]
    public async Task AnInvalidRecipientFailsWithTheAddressAndWritesNothing()
    {
        var result = await outbox.SendAsync(new RenderedMessage("not an address", "s", "<p>h</p>", "t"));

        Assert.False(result.IsSent);
        Assert.Contains("'not an address'", result.Reason, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task AnUnwritableOutboxFailsNamingTheFolder()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(folder)!);
        await File.WriteAllTextAsync(folder, "a file where the folder should be");

        var result = await outbox.SendAsync(new RenderedMessage("lisi@example.gov.cn", "s", "<p>h</p>", "t"));

        Assert.False(result.IsSent);
        Assert.Contains(folder, result.Reason, StringComparison.Ordinal);
    }
}
