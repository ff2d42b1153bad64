using SuggestionDesk.Ports;
using SuggestionDesk.Reminders;

namespace SuggestionDesk.Services;

/// <summary>What a host asks of one reminder run; the cmdlet and the timers fill in the same options.</summary>
public sealed record ReminderRunOptions
{
    /// <summary>The run's date in the office's time zone.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Which messages: stage reminders, the weekly digest, or both (the cmdlet).</summary>
    public ReminderScope Scope { get; init; } = ReminderScope.All;

    /// <summary>
    /// The renderer for the run's messages. It is given the policy the run read, because the office section's heading
    /// names the policy's threshold; the language is the host's choice.
    /// </summary>
    public required Func<ReminderPolicy, IMessageRenderer> Renderer { get; init; }

    /// <summary>
    /// Asked about every planned message before any is sent (a cmdlet's ShouldProcess); a declined message is reported
    /// as planned and not sent. Null sends them all.
    /// </summary>
    public Func<ReminderMessage, RenderedMessage, CancellationToken, Task<bool>>? Confirm { get; init; }

    /// <summary>
    /// Who runs it, for its run record: the timer's name or the user. Null records nothing (a <c>-WhatIf</c> run, a
    /// preview); the record is written only when the service was given a run record store.
    /// </summary>
    public string? RunBy { get; init; }

    /// <summary>Told about each message as it is sent or declined.</summary>
    public IProgress<ReminderRunProgress>? Progress { get; init; }

    /// <summary>
    /// Issues the links the messages carry for officers to act from the mail; null sends them without links. Links are
    /// issued only for messages about to be sent, so a preview (-WhatIf) shows none and stores none.
    /// </summary>
    public IReminderLinks? Links { get; init; }
}
