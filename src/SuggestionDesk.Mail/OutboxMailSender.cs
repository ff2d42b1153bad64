using MimeKit;
using SuggestionDesk.Files;
using SuggestionDesk.Localization;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Mail;

/// <summary>
/// Sends by writing each message as an RFC 5322 <c>.eml</c> file into a folder: for a pickup directory, for
/// review before real sending, or for runs without a mail server. The file appears whole or not at all.
/// </summary>
public sealed class OutboxMailSender : IMailSender
{
    private readonly string folder;
    private readonly MailboxAddress from;
    private readonly TimeProvider clock;

    /// <summary>An outbox writing into <paramref name="folder"/> (created when first needed).</summary>
    /// <param name="folder">The outbox folder.</param>
    /// <param name="fromAddress">The sender, e.g. <c>duban@example.gov.cn</c> or <c>督办室 &lt;duban@example.gov.cn&gt;</c>.</param>
    /// <param name="clock">The clock for the Date header and file name; the system clock if null.</param>
    public OutboxMailSender(string folder, string fromAddress, TimeProvider? clock = null)
    {
        if (string.IsNullOrWhiteSpace(folder))
        {
            throw new ArgumentException(Localization.Messages.MailOutboxMissing, nameof(folder));
        }

        this.folder = Path.GetFullPath(folder);
        from = MimeMessages.Sender(fromAddress, nameof(fromAddress));
        this.clock = clock ?? TimeProvider.System;
    }

    /// <summary>Writes <paramref name="message"/> as one <c>.eml</c> file; the result carries the file's path.</summary>
    public async Task<SendResult> SendAsync(RenderedMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (MimeMessages.Recipient(message) is not { } to)
        {
            return SendResult.BadRecipient(message.To);
        }

        var now = clock.GetUtcNow();
        var path = Path.Combine(folder, OutboxFileName.For(now, message.To!));
        try
        {
            Directory.CreateDirectory(folder);
            var built = MimeMessages.Build(message, from, to, now);
            await WholeFile.WriteAsync(path, async (stream, cancel) =>
            {
                await built.WriteToAsync(stream, cancel).ConfigureAwait(false);
                return true;
            }, overwrite: false, cancellationToken).ConfigureAwait(false);
            return SendResult.Sent(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return SendResult.Failed(MessageText.Format(Localization.Messages.MailOutboxWriteFailed, message.To, folder, e.Message));
        }
    }
}
