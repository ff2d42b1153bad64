using SuggestionDesk.Reporting;
using SuggestionDesk.Items;

namespace SuggestionDesk.Services;

/// <summary>What a host asks of one delivery of the scheduled report.</summary>
public sealed record ReportDeliveryOptions
{
    /// <summary>The run's date in the office's time zone; the period is the one ending before it.</summary>
    public required DateOnly Today { get; init; }

    /// <summary>Who receives the report, e.g. the standing committee's mailboxes.</summary>
    public required IReadOnlyList<string> Recipients { get; init; }

    /// <summary>The report's language.</summary>
    public Language Language { get; init; } = Language.Chinese;
}
