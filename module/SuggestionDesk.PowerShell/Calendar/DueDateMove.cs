using SuggestionDesk.PowerShell.Views;
using System.Management.Automation;
using SuggestionDesk.Calendar;

namespace SuggestionDesk.PowerShell.Calendar;

/// <summary>A provisional due date that a newly loaded calendar year moved, as <c>Import-SuggestionCalendar</c> reports it.</summary>
public sealed class DueDateMove
{
    internal DueDateMove(DueDateChange change)
    {
        Number = change.Number.Value;
        Clock = change.Clock.ToString();
        ClockChinese = change.Clock.ChineseName();
        OldDue = change.Before.Due;
        NewDue = change.After.Due;
        StillProvisional = change.After.IsProvisional;
        Explanation = change.After.ExplainEnglish();
        ExplanationChinese = change.After.ExplainChinese();
    }

    /// <summary>The item's number.</summary>
    public string Number { get; }

    /// <summary>The clock, e.g. Reply.</summary>
    public string Clock { get; }

    /// <summary>The clock in Chinese, e.g. 答复.</summary>
    public string ClockChinese { get; }

    /// <summary>The due date before, computed without the year's calendar.</summary>
    public DateOnly OldDue { get; }

    /// <summary>The due date now.</summary>
    public DateOnly NewDue { get; }

    /// <summary>Whether it is still provisional (another year is still missing).</summary>
    public bool StillProvisional { get; }

    /// <summary>How the new date was reached, in English.</summary>
    public string Explanation { get; }

    /// <summary>How the new date was reached, in Chinese.</summary>
    public string ExplanationChinese { get; }

    /// <summary>The clock in the UI culture's language (the table's column).</summary>
    [Hidden]
    public string ClockShown => InLanguage.Pick(Clock, ClockChinese)!;

    /// <summary>How the new due date was counted, in the UI culture's language (the table's column).</summary>
    [Hidden]
    public string ExplanationShown => InLanguage.Pick(Explanation, ExplanationChinese)!;
}
