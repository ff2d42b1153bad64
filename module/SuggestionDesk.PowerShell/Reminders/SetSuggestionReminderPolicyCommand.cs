using System.Management.Automation;
using SuggestionDesk.Calendar;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Reminders;

/// <summary>
/// <para type="synopsis">Changes the reminder policy; parameters left out keep their current values.</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "SuggestionReminderPolicy", SupportsShouldProcess = true)]
[OutputType("SuggestionDesk.Reminders.ReminderPolicy")]
public sealed class SetSuggestionReminderPolicyCommand : SuggestionCmdlet
{
    /// <summary>Calendar days before a due date when the owner is reminded; 0 is the due date.</summary>
    [Parameter]
    public int[]? StagesBeforeDue { get; set; }

    /// <summary>Working days late from which the department head is told.</summary>
    [Parameter]
    [ValidateRange(1, 100)]
    public int? HeadAfterWorkingDaysLate { get; set; }

    /// <summary>Working days late from which the supervising office is told.</summary>
    [Parameter]
    [ValidateRange(1, 100)]
    public int? OfficeAfterWorkingDaysLate { get; set; }

    /// <summary>Working days after a reply without its evaluation before the owner is asked to follow up.</summary>
    [Parameter]
    [ValidateRange(1, 250)]
    public int? EvaluationChaseWorkingDays { get; set; }

    /// <summary>Whether the weekly digest is sent on the first working day of the week.</summary>
    [Parameter]
    public bool? WeeklyDigest { get; set; }

    /// <summary>Whether a stage on a non-working day goes out on the last working day before it ($true) or the first after it ($false).</summary>
    [Parameter]
    public bool? MoveStagesEarlier { get; set; }

    /// <summary>Days off in a row from which a break is warned of on the last working day before it; 0 turns the warning off.</summary>
    [Parameter]
    [ValidateRange(0, 30)]
    public int? BreakMinimumDays { get; set; }

    /// <summary>Working days after a break whose due dates its warning covers.</summary>
    [Parameter]
    [ValidateRange(0, 20)]
    public int? BreakLookAheadWorkingDays { get; set; }

    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        var store = CurrentConnection.Storage.ReminderPolicies;
        var current = Run(store.GetAsync(Cancellation));
        var policy = current with
        {
            StagesBeforeDue = StagesBeforeDue ?? current.StagesBeforeDue,
            HeadAfterWorkingDaysLate = HeadAfterWorkingDaysLate ?? current.HeadAfterWorkingDaysLate,
            OfficeAfterWorkingDaysLate = OfficeAfterWorkingDaysLate ?? current.OfficeAfterWorkingDaysLate,
            EvaluationChase = EvaluationChaseWorkingDays is { } days ? DeadlineRule.WorkingDays(days) : current.EvaluationChase,
            WeeklyDigest = WeeklyDigest ?? current.WeeklyDigest,
            MoveStagesEarlier = MoveStagesEarlier ?? current.MoveStagesEarlier,
            BreakMinimumDays = BreakMinimumDays ?? current.BreakMinimumDays,
            BreakLookAheadWorkingDays = BreakLookAheadWorkingDays ?? current.BreakLookAheadWorkingDays,
        };
        policy.Validated();
        if (ShouldChange(Messages.TargetReminderPolicy, Messages.ActionChange))
        {
            Run(store.SaveAsync(policy, Cancellation));
            WriteObject(policy);
        }
    }
}
