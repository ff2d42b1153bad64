using SuggestionDesk.Ports;

namespace SuggestionDesk.PowerShell.Base;

/// <summary>
/// The transport the cmdlet's parameters describe, opened when the run hands it its first message: a run that sends
/// nothing (-WhatIf, every message declined, a holiday) needs no sender address and signs in nowhere. A run sends one
/// message at a time, so it is opened once.
/// </summary>
internal sealed class DeferredMailSender(Func<CancellationToken, Task<IMailSender>> open) : IMailSender, IDisposable
{
    private IMailSender? sender;

    /// <inheritdoc />
    public async Task<SendResult> SendAsync(RenderedMessage message, CancellationToken cancellationToken = default)
    {
        sender ??= await open(cancellationToken).ConfigureAwait(false);
        return await sender.SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Dispose() => (sender as IDisposable)?.Dispose();
}
