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

    /// <summary>
    /// The message's own key (<see cref="DeliveryKeys"/>), the same for every attempt to send it: a transport that can
    /// look up what it accepted (Graph, in the sender's Sent Items) stamps it on the message and finds it again after an
    /// unclear answer, so the message is never delivered twice. Null: no key (sent as before).
    /// </summary>
    public string? DeliveryKey { get; init; }

    /// <summary>
    /// Whether an earlier run may have sent it (its key was recorded as attempted, not as sent): a transport that can
    /// look it up does so before sending.
    /// </summary>
    public bool MaybeSentBefore { get; init; }
}
