using SuggestionDesk.Localization;

namespace SuggestionDesk.Ports;

/// <summary>What happened to one message handed to a transport.</summary>
/// <param name="IsSent">Whether the transport accepted the message.</param>
/// <param name="TransportId">The transport's reference for it (a file path, a message id), when sent.</param>
/// <param name="Reason">Why it failed, when it did.</param>
public sealed record SendResult(bool IsSent, string? TransportId, string? Reason)
{
    /// <summary>
    /// Set when the transport can send nothing more in this run (its sign-in failed): why, in words that fit after
    /// "because". A run then reports its remaining messages as not sent without handing them to the transport,
    /// rather than have each wait for the same failure.
    /// </summary>
    public string? RunStoppedBecause { get; init; }

    /// <summary>The transport accepted the message under <paramref name="transportId"/>.</summary>
    public static SendResult Sent(string transportId) => new(true, transportId, null);

    /// <summary>The transport refused or could not take the message, for <paramref name="reason"/>.</summary>
    public static SendResult Failed(string reason) => new(false, null, reason);

    /// <summary>A message to <paramref name="to"/>, which is not an e-mail address, was not sent.</summary>
    public static SendResult BadRecipient(string? to) =>
        Failed(MessageText.Format(Messages.SendNotAnAddress, to));

    /// <summary>A message to <paramref name="to"/> was not sent, because of <paramref name="why"/> (a transport's answer).</summary>
    public static SendResult NotSent(string? to, string why) => Failed(MessageText.Format(Messages.SendNotSent, to, why.TrimEnd('.', ' ', '。')));

    /// <summary>
    /// A message to <paramref name="to"/> was not sent because the transport could not sign in, for <paramref name="why"/>;
    /// nothing more can be sent in this run (<see cref="RunStoppedBecause"/>).
    /// </summary>
    public static SendResult SignInFailed(string? to, string why) =>
        NotSent(to, why) with { RunStoppedBecause = why.TrimEnd('.', ' ') };
}
