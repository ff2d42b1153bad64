using System.Management.Automation;
using SuggestionDesk.PowerShell.Base;

namespace SuggestionDesk.PowerShell.Reminders;

/// <summary>
/// <para type="synopsis">Gets the reminder policy: the stages before a due date, when escalations start, the evaluation chase, the warning before a break and the weekly digest.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "SuggestionReminderPolicy")]
[OutputType("SuggestionDesk.Reminders.ReminderPolicy")]
public sealed class GetSuggestionReminderPolicyCommand : SuggestionCmdlet
{
    /// <inheritdoc />
    protected override void ExecuteCmdlet() => WriteObject(Run(CurrentConnection.Storage.ReminderPolicies.GetAsync(Cancellation)));
}
