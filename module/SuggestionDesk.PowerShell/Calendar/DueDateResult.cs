using SuggestionDesk.PowerShell.Views;
using System.Management.Automation;
using SuggestionDesk.Calendar;

namespace SuggestionDesk.PowerShell.Calendar;

/// <summary>A due date on the Chinese working-day calendar, as <c>Get-SuggestionDueDate</c> returns it.</summary>
public sealed class DueDateResult
{
    internal DueDateResult(DueDate due)
    {
        From = due.Start;
        Rule = due.Rule.ToString();
        ruleChinese = due.Rule.ToChinese();
        DueOn = due.Date;
        Provisional = due.IsProvisional;
        MissingYears = due.MissingYears.ToArray();
        Skipped = due.Skipped.Select(s => s.ToString()).ToArray();
        Explanation = due.ExplainEnglish();
        ExplanationChinese = due.ExplainChinese();
    }

    /// <summary>The start day (day 0).</summary>
    public DateOnly From { get; }

    /// <summary>The rule, e.g. "3 working days".</summary>
    public string Rule { get; }

    /// <summary>The due date.</summary>
    public DateOnly DueOn { get; }

    /// <summary>Whether a year without a published calendar was involved; the date may move when it is published.</summary>
    public bool Provisional { get; }

    /// <summary>The years without a published calendar that were involved.</summary>
    public int[] MissingYears { get; }

    /// <summary>The non-working days passed over and why, e.g. "2026-10-01..07 国庆节".</summary>
    public string[] Skipped { get; }

    /// <summary>How the date was reached, in English.</summary>
    public string Explanation { get; }

    /// <summary>How the date was reached, in Chinese.</summary>
    public string ExplanationChinese { get; }

    /// <summary>The rule in the UI culture's language (the list's line).</summary>
    [Hidden]
    public string RuleShown => InLanguage.Pick(Rule, ruleChinese)!;

    /// <summary>Whether the date is provisional, 是 or 否, Yes or No (the list's line).</summary>
    [Hidden]
    public string ProvisionalShown => InLanguage.YesNo(Provisional);

    /// <summary>How the date was counted, in the UI culture's language (the list's line).</summary>
    [Hidden]
    public string ExplanationShown => InLanguage.Pick(Explanation, ExplanationChinese)!;

    private readonly string ruleChinese;
}
