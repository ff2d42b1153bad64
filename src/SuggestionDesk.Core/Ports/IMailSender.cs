namespace SuggestionDesk.Ports;

/// <summary>Sends rendered messages: to an outbox folder, through Microsoft Graph, or a fake in tests.</summary>
public interface IMailSender
{
    /// <summary>
    /// Sends <paramref name="message"/>. A transport failure (the server refused, the folder is not writable) is a
    /// <see cref="SendResult"/> with the reason, not an exception, so that a run can record it and go on.
    /// </summary>
    Task<SendResult> SendAsync(RenderedMessage message, CancellationToken cancellationToken = default);
}
