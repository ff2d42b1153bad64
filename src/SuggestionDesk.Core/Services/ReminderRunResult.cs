using SuggestionDesk.Reminders;
using SuggestionDesk.Runs;

namespace SuggestionDesk.Services;

/// <summary>What one reminder run did, for the host to print or log.</summary>
/// <param name="Plan">What was planned: the messages, or why there were none, and the reminders nobody could be sent.</param>
/// <param name="Deliveries">Each planned message, sent, failed, or not sent (declined); empty when the run was skipped.</param>
public sealed record ReminderRunResult(ReminderPlan Plan, IReadOnlyList<ReminderDelivery> Deliveries)
{
    /// <summary>The run's date.</summary>
    public DateOnly AsOf => Plan.AsOf;

    /// <summary>Why nothing was planned (a non-working day), or null.</summary>
    public string? SkippedBecause => Plan.SkippedBecause;

    /// <summary>Messages the transport accepted.</summary>
    public int Sent => Deliveries.Count(d => d.Result?.IsSent == true);

    /// <summary>Messages the transport refused; the next run retries them.</summary>
    public int Failed => Deliveries.Count(d => d.Result?.IsSent == false);

    /// <summary>The run's record as stored, or null when the run was not recorded (no <see cref="ReminderRunOptions.RunBy"/>).</summary>
    public RunRecord? Record { get; init; }
}
