using System.Management.Automation;
using SuggestionDesk.PowerShell.Base;

namespace SuggestionDesk.PowerShell.Calendar;

/// <summary>
/// <para type="synopsis">Gets the deadline policy: how long each clock runs (sign-for, reply, re-handling, follow-up ...), per kind and role, and the extension limit.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "SuggestionDeadlinePolicy")]
[OutputType(typeof(DeadlinePolicyView))]
public sealed class GetSuggestionDeadlinePolicyCommand : SuggestionCmdlet
{
    /// <inheritdoc />
    protected override void ExecuteCmdlet() => WriteObject(new DeadlinePolicyView(Run(CurrentConnection.Storage.DeadlinePolicies.GetAsync(Cancellation))));
}
