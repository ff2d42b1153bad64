namespace SuggestionDesk.Calendar;

/// <summary>A run of consecutive days with one reason, e.g. 2026-10-01..07 国庆节.</summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
/// <param name="Reason">Why, e.g. 国庆节, 周末, 国庆节调休上班.</param>
public sealed record DayRange(DateOnly From, DateOnly To, string Reason)
{
    /// <summary>e.g. <c>2026-10-01..07 国庆节</c>, <c>2026-09-30..10-02 …</c>, <c>2026-10-10 国庆节调休上班</c>.</summary>
    public override string ToString()
    {
        var to = From == To ? string.Empty
            : From.Year != To.Year ? $"..{To:yyyy-MM-dd}"
            : From.Month != To.Month ? $"..{To:MM-dd}"
            : $"..{To:dd}";
        return $"{From:yyyy-MM-dd}{to} {Reason}";
    }
}

/// <summary>
/// A computed due date with everything needed to explain it: the rule, the start, the days skipped and
/// why, make-up working days counted, and the years whose calendar was missing (then it is provisional).
/// </summary>
/// <param name="Date">The due date.</param>
/// <param name="Start">The day the clock started (day 0).</param>
/// <param name="Rule">The rule applied.</param>
/// <param name="Nominal">For months: the same day number N months later (clamped), before moving to a working day.</param>
/// <param name="Skipped">Non-working days passed over, grouped by reason.</param>
/// <param name="MakeUpDays">Make-up working days (调休) that counted as working days.</param>
/// <param name="MissingYears">Years examined that have no published calendar; Monday–Friday was assumed for them.</param>
public sealed record DueDate(
    DateOnly Date,
    DateOnly Start,
    DeadlineRule Rule,
    DateOnly? Nominal,
    IReadOnlyList<DayRange> Skipped,
    IReadOnlyList<DayRange> MakeUpDays,
    IReadOnlyList<int> MissingYears)
{
    /// <summary>The start event named in a bare due date's explanation.</summary>
    public const string StartDay = "the start day";

    /// <summary>Whether a year without a published calendar was involved: the date may change when it is published.</summary>
    public bool IsProvisional => MissingYears.Count > 0;

    /// <summary>
    /// Of <see cref="MissingYears"/>, those after the latest published year here, whose calendar is presumably
    /// not published yet; the others (e.g. before 2019) were published but are not loaded.
    /// </summary>
    public IReadOnlyList<int> NotYetPublishedYears { get; init; } = [];

    /// <summary>How the date was reached, in English, e.g. "Due 2026-10-10: 3 working days after the start day on 2026-09-30 ...".</summary>
    public string ExplainEnglish() => DeadlineExplanation.English("Due", Date, this, null, StartDay, IsProvisional);

    /// <summary>How the date was reached, in Chinese, e.g. "期限 2026-10-10：自起算日 2026-09-30 起3个工作日……".</summary>
    public string ExplainChinese() => DeadlineExplanation.Chinese("期限", Date, this, null, StartDay, IsProvisional);
}
