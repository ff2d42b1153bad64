using System.Text;
using MimeKit;
using MimeKit.Text;
using MimeKit.Utils;
using SuggestionDesk.Localization;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Mail;

/// <summary>Builds the MIME message the outbox writes and SMTP sends: text and HTML alternatives, then any files.</summary>
internal static class MimeMessages
{
    /// <summary>Parses a sender address, or throws naming it.</summary>
    public static MailboxAddress Sender(string? fromAddress, string parameterName)
    {
        if (!MailboxAddress.TryParse(fromAddress ?? string.Empty, out var parsed) || string.IsNullOrEmpty(parsed.Address) || !parsed.Address.Contains('@', StringComparison.Ordinal))
        {
            throw new ArgumentException(MessageText.Format(Localization.Messages.MailSenderInvalid, fromAddress), parameterName);
        }

        return parsed;
    }

    /// <summary>Parses the recipient of <paramref name="message"/>, or null if it is not an address.</summary>
    public static MailboxAddress? Recipient(RenderedMessage message) =>
        MailboxAddress.TryParse(message.To ?? string.Empty, out var to) && to.Address.Contains('@', StringComparison.Ordinal) ? to : null;

    /// <summary>The MIME message for <paramref name="message"/> from <paramref name="from"/> to <paramref name="to"/>, dated <paramref name="now"/>.</summary>
    public static MimeMessage Build(RenderedMessage message, MailboxAddress from, MailboxAddress to, DateTimeOffset now)
    {
        var mime = new MimeMessage { Subject = message.Subject, Date = now, MessageId = MimeUtils.GenerateMessageId(from.Domain) };
        mime.From.Add(from);
        mime.To.Add(to);
        var alternatives = new MultipartAlternative { Part(TextFormat.Plain, message.Text), Part(TextFormat.Html, message.Html) };
        if (message.Attachments.Count == 0)
        {
            mime.Body = alternatives;
            return mime;
        }

        var mixed = new Multipart("mixed") { alternatives };
        foreach (var attachment in message.Attachments)
        {
            mixed.Add(new MimePart(ContentType.Parse(attachment.ContentType))
            {
                Content = new MimeContent(new MemoryStream(attachment.Content.ToArray(), writable: false)),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                ContentTransferEncoding = ContentEncoding.Base64,
                FileName = attachment.Name,
            });
        }

        mime.Body = mixed;
        return mime;
    }

    // Base64 keeps the message 7-bit clean for any relay or pickup service; Chinese text gains little from quoted-printable.
    private static TextPart Part(TextFormat format, string body)
    {
        var part = new TextPart(format) { ContentTransferEncoding = ContentEncoding.Base64 };
        part.SetText(Encoding.UTF8, body);
        return part;
    }
}
