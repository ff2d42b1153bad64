using System.Runtime.InteropServices;
using Microsoft.Graph.Models;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Graph;

/// <summary>Maps a rendered message to Graph's message resource.</summary>
internal static class GraphMessages
{
    /// <summary>The Graph message for <paramref name="message"/>, carrying <paramref name="inline"/> as file attachments.</summary>
    public static Message From(RenderedMessage message, System.Net.Mail.MailAddress to, IEnumerable<MailAttachment> inline) => new()
    {
        Subject = message.Subject,
        Body = new ItemBody { ContentType = BodyType.Html, Content = message.Html },
        ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = to.Address, Name = NullIfEmpty(to.DisplayName) } }],
        Attachments = inline.Select(File).ToList<Microsoft.Graph.Models.Attachment>(),
        SingleValueExtendedProperties = message.DeliveryKey is { } key
            ? [new SingleValueLegacyExtendedProperty { Id = KeyProperty, Value = key }]
            : null,
    };

    /// <summary>
    /// The named single-value extended property that carries a message's delivery key: it stays on the copy in Sent
    /// Items (and on a draft), where <see cref="KeyFilter"/> finds it again.
    /// </summary>
    public const string KeyProperty = "String {6f3b2c1e-8d4a-4f7b-9c2e-1a5d7e9b3c40} Name SuggestionDeskDeliveryKey";

    /// <summary>The $filter that finds the messages carrying <paramref name="key"/> (hex and a dash only, so nothing needs escaping).</summary>
    public static string KeyFilter(string key) => $"singleValueExtendedProperties/Any(ep: ep/id eq '{KeyProperty}' and ep/value eq '{key}')";

    /// <summary>Parses <paramref name="to"/> (<c>a@b.cn</c> or <c>"李四" &lt;a@b.cn&gt;</c>), or null if it is not an address.</summary>
    public static System.Net.Mail.MailAddress? Recipient(string? to) =>
        System.Net.Mail.MailAddress.TryCreate(to, out var address) ? address : null;

    /// <summary>
    /// Splits the attachments into those sent inline (smallest first while their total stays under 3 MB, which
    /// keeps the base64 request under Graph's 4 MB limit) and those that need an upload session.
    /// </summary>
    public static (IReadOnlyList<MailAttachment> Inline, IReadOnlyList<MailAttachment> Uploaded) Split(IReadOnlyList<MailAttachment> attachments)
    {
        var inline = new List<MailAttachment>();
        var uploaded = new List<MailAttachment>();
        var budget = (long)GraphMailOptions.InlineAttachmentLimit;
        foreach (var attachment in attachments.OrderBy(a => a.Length))
        {
            if (attachment.Length < budget)
            {
                inline.Add(attachment);
                budget -= attachment.Length;
            }
            else
            {
                uploaded.Add(attachment);
            }
        }

        return (inline, uploaded);
    }

    /// <summary>The bytes of <paramref name="attachment"/> as an array, without a copy where possible.</summary>
    public static byte[] Bytes(MailAttachment attachment) =>
        MemoryMarshal.TryGetArray(attachment.Content, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : attachment.Content.ToArray();

    private static FileAttachment File(MailAttachment attachment) => new()
    {
        Name = attachment.Name,
        ContentType = attachment.ContentType,
        ContentBytes = Bytes(attachment),
    };

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
