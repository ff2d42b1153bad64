using SuggestionDesk.PowerShell.Views;
using System.Management.Automation;
using SuggestionDesk.Reminders;

namespace SuggestionDesk.PowerShell.Reminders;

/// <summary>
/// An item of a run whose handling officer has no e-mail address (承办人未登记邮箱), as <c>Send-SuggestionReminder</c>
/// returns it beside the messages, so that a scheduled task can log it and the office can register the address.
/// </summary>
public sealed class UnaddressedReminder
{
    internal UnaddressedReminder(UnaddressedItem item)
    {
        Number = item.Number.Value;
        Title = item.Title;
        Department = item.Department;
        Officer = item.Officer;
        SentTo = item.SentTo;
        SentAs = item.SentAs?.ToString();
        Reason = item.Reason;
        ReasonChinese = item.ReasonChinese;
        Stages = item.Lines.Select(l => $"{l.Number} {l.Clock} {l.Stage}").ToArray();
    }

    /// <summary>The item's number.</summary>
    public string Number { get; }

    /// <summary>The item's title.</summary>
    public string Title { get; }

    /// <summary>The handling department.</summary>
    public string Department { get; }

    /// <summary>The handling officer without an e-mail address.</summary>
    public string Officer { get; }

    /// <summary>The address the officer's reminders go to instead: the department head's, else the office's; empty when there is neither.</summary>
    public string? SentTo { get; }

    /// <summary>Whose address <see cref="SentTo"/> is: DepartmentHead or Office; empty with it.</summary>
    public string? SentAs { get; }

    /// <summary>Why, in English, e.g. "The officer has no e-mail address; the reminders go to the department head instead."</summary>
    public string Reason { get; }

    /// <summary>Why, in Chinese, e.g. 承办人未登记邮箱，提醒改发处室负责人。</summary>
    public string ReasonChinese { get; }

    /// <summary>Each of its reminders in the run: number, clock and stage, e.g. "20210347 Reply Overdue".</summary>
    public string[] Stages { get; }

    /// <summary>Why it was not sent, in the UI culture's language (the table's column).</summary>
    [Hidden]
    public string ReasonShown => InLanguage.Pick(Reason, ReasonChinese)!;
}
