using SuggestionDesk.Ports;
using SuggestionDesk.Reporting;
using SuggestionDesk.Runs;

namespace SuggestionDesk.Services;

/// <summary>One recipient's mail in a report delivery.</summary>
/// <param name="Recipient">The address.</param>
/// <param name="Result">What the transport said.</param>
public sealed record ReportRecipientResult(string Recipient, SendResult Result);

/// <summary>What one report delivery did, for the host to print or log.</summary>
/// <param name="Period">The period reported; its name is the archive's name for the report.</param>
/// <param name="Rendered">Whether this run rendered and archived the report (false: it was archived already, or nobody was sent it).</param>
/// <param name="Recipients">The recipients mailed by this run, sent or failed; those who had it already or were declined are left out.</param>
public sealed record ReportDeliveryResult(ReportPeriod Period, bool Rendered, IReadOnlyList<ReportRecipientResult> Recipients)
{
    /// <summary>Recipients asked for who had the report already, by the archive's record, and were not mailed again.</summary>
    public IReadOnlyList<string> AlreadySent { get; init; } = [];

    /// <summary>Recipients the host declined (<see cref="ReportDeliveryOptions.Confirm"/>); not sent, sent on a later run.</summary>
    public IReadOnlyList<string> Declined { get; init; } = [];

    /// <summary>Recipients sent the report by this run.</summary>
    public int Sent => Recipients.Count(r => r.Result.IsSent);

    /// <summary>Recipients whose mail failed; the next run retries them.</summary>
    public int Failed => Recipients.Count(r => !r.Result.IsSent);

    /// <summary>The run's record as stored, or null when the run was not recorded.</summary>
    public RunRecord? Record { get; init; }
}
