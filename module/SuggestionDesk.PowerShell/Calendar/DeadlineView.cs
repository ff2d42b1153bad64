using SuggestionDesk.PowerShell.Views;
using System.Management.Automation;
using SuggestionDesk.Calendar;

namespace SuggestionDesk.PowerShell.Calendar;

/// <summary>One clock of one item as <c>Get-SuggestionDeadline</c> shows it.</summary>
public sealed class DeadlineView
{
    internal DeadlineView(string number, Deadline deadline, DeadlineStatus status)
    {
        Number = number;
        Clock = deadline.Clock.ToString();
        ClockChinese = deadline.Clock.ChineseName();
        Start = deadline.Start;
        Due = deadline.Due;
        MetOn = deadline.MetOn;
        State = status.State.ToString();
        Status = status.ToString();
        StatusChinese = status.ToChinese();
        Provisional = deadline.IsProvisional;
        Extended = deadline.Extension is not null;
        Explanation = deadline.ExplainEnglish();
        ExplanationChinese = deadline.ExplainChinese();
    }

    /// <summary>The item's number.</summary>
    public string Number { get; }

    /// <summary>The clock, e.g. Reply.</summary>
    public string Clock { get; }

    /// <summary>The clock in Chinese, e.g. 答复.</summary>
    public string ClockChinese { get; }

    /// <summary>The day it started.</summary>
    public DateOnly Start { get; }

    /// <summary>The due date in force.</summary>
    public DateOnly Due { get; }

    /// <summary>When it was met, if it was.</summary>
    public DateOnly? MetOn { get; }

    /// <summary>NotYetDue, DueSoon, DueToday, Overdue, Met, MetLate or WindowClosed.</summary>
    public string State { get; }

    /// <summary>e.g. "due in 5 days", "overdue by 3 working days".</summary>
    public string Status { get; }

    /// <summary>e.g. 还剩5天, 已逾期3个工作日.</summary>
    public string StatusChinese { get; }

    /// <summary>Whether the date may move when a missing year's calendar is published.</summary>
    public bool Provisional { get; }

    /// <summary>Whether an approved extension fixed the date.</summary>
    public bool Extended { get; }

    /// <summary>How the date was reached, in English.</summary>
    public string Explanation { get; }

    /// <summary>How the date was reached, in Chinese.</summary>
    public string ExplanationChinese { get; }

    /// <summary>The clock in the UI culture's language (the table's column).</summary>
    [Hidden]
    public string ClockShown => InLanguage.Pick(Clock, ClockChinese)!;

    /// <summary>Where it stands in the UI culture's language (the table's column).</summary>
    [Hidden]
    public string StatusShown => InLanguage.Pick(Status, StatusChinese)!;

    /// <summary>How the due date was counted, in the UI culture's language (the table's column).</summary>
    [Hidden]
    public string ExplanationShown => InLanguage.Pick(Explanation, ExplanationChinese)!;
}
