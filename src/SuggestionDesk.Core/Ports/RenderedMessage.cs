namespace SuggestionDesk.Ports;

/// <summary>A message ready to send: one recipient, a subject, the same content as HTML and as plain text, and files.</summary>
/// <param name="To">The recipient's e-mail address.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Html">The HTML body (self-contained, inline styles only).</param>
/// <param name="Text">The plain-text body.</param>
public sealed record RenderedMessage(string To, string Subject, string Html, string Text)
{
    /// <summary>Files sent with the message (a report PDF); none by default.</summary>
    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];
}
