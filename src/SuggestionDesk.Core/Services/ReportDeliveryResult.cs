using SuggestionDesk.Ports;
using SuggestionDesk.Reporting;

namespace SuggestionDesk.Services;

/// <summary>One recipient's mail in a report delivery.</summary>
/// <param name="Recipient">The address.</param>
/// <param name="Result">What the transport said.</param>
public sealed record ReportRecipientResult(string Recipient, SendResult Result);

/// <summary>What one report delivery did, for the host to print or log.</summary>
/// <param name="Period">The period reported.</param>
/// <param name="Rendered">Whether this run rendered and archived the report (false: it was archived already).</param>
/// <param name="Recipients">The recipients mailed by this run, sent or failed; those who had it already are left out.</param>
public sealed record ReportDeliveryResult(ReportPeriod Period, bool Rendered, IReadOnlyList<ReportRecipientResult> Recipients)
{
    /// <summary>Recipients sent the report by this run.</summary>
    public int Sent => Recipients.Count(r => r.Result.IsSent);

    /// <summary>Recipients whose mail failed; the next run retries them.</summary>
    public int Failed => Recipients.Count(r => !r.Result.IsSent);
}
