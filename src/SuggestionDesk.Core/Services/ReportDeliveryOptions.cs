using SuggestionDesk.Reporting;
using SuggestionDesk.Items;

namespace SuggestionDesk.Services;

/// <summary>What a host asks of one delivery of the scheduled report; the timer and the cmdlet fill in the same options.</summary>
public sealed record ReportDeliveryOptions
{
    /// <summary>The run's date in the office's time zone; by default the period is the one ending before it.</summary>
    public required DateOnly Today { get; init; }

    /// <summary>
    /// The period to deliver, when not the one ending before <see cref="Today"/>: an earlier one, sent late or to
    /// someone new. It must have ended before <see cref="Today"/>, as an archived report is never replaced.
    /// </summary>
    public ReportPeriod? Period { get; init; }

    /// <summary>Who receives the report, e.g. the standing committee's mailboxes; an address given twice is mailed once.</summary>
    public required IReadOnlyList<string> Recipients { get; init; }

    /// <summary>The report's language, and its message's.</summary>
    public Language Language { get; init; } = Language.Chinese;

    /// <summary>Who runs it, for its run record: the timer's name or the user. Null records nothing.</summary>
    public string? RunBy { get; init; }

    /// <summary>
    /// Asked about every recipient who does not have the report yet, before anything is rendered, archived or sent (a
    /// cmdlet's ShouldProcess); a declined recipient is reported as such and not sent. When every one is declined
    /// nothing is archived. Null sends to them all.
    /// </summary>
    public Func<string, ReportPeriod, CancellationToken, Task<bool>>? Confirm { get; init; }
}
