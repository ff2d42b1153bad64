using System.Management.Automation;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Completion;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Reminders;

/// <summary>
/// <para type="synopsis">Removes a department head's mailbox, or the office's, from the reminder directory.</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "SuggestionDirectory", SupportsShouldProcess = true, DefaultParameterSetName = HeadSet)]
public sealed class RemoveSuggestionDirectoryCommand : SuggestionCmdlet
{
    private const string HeadSet = "Head";
    private const string OfficeSet = "Office";

    /// <summary>The department whose head is removed.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = HeadSet, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(DepartmentCompleter))]
    public string Department { get; set; } = string.Empty;

    /// <summary>Removes the supervising office's mailbox instead.</summary>
    [Parameter(Mandatory = true, ParameterSetName = OfficeSet)]
    public SwitchParameter Office { get; set; }

    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        var store = CurrentConnection.Storage.Directory;
        if (Office)
        {
            if (ShouldChange(Messages.TargetOffice, Messages.ActionRemoveMailbox))
            {
                Run(store.SetOfficeAsync(null, Cancellation));
            }
        }
        else if (ShouldChange(MessageText.Format(Messages.TargetHead, Department), Messages.ActionRemoveMailbox))
        {
            Run(store.SetHeadAsync(Department, null, Cancellation));
        }
    }
}
