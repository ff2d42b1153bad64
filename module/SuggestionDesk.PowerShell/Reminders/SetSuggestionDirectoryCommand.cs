using System.Management.Automation;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Completion;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Reminders;

/// <summary>
/// <para type="synopsis">Sets the supervising office's mailbox, or a department head's, for reminders' escalations and weekly digests.</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "SuggestionDirectory", SupportsShouldProcess = true, DefaultParameterSetName = HeadSet)]
[OutputType(typeof(DirectoryEntry))]
public sealed class SetSuggestionDirectoryCommand : SuggestionCmdlet
{
    private const string HeadSet = "Head";
    private const string OfficeSet = "Office";

    /// <summary>The department whose head is set.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = HeadSet, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(DepartmentCompleter))]
    public string Department { get; set; } = string.Empty;

    /// <summary>Sets the supervising office's mailbox instead of a head's.</summary>
    [Parameter(Mandatory = true, ParameterSetName = OfficeSet)]
    public SwitchParameter Office { get; set; }

    /// <summary>The e-mail address.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    public string Mailbox { get; set; } = string.Empty;

    /// <inheritdoc />
    protected override object? ErrorTarget => Mailbox;

    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        var store = CurrentConnection.Storage.Directory;
        if (Office)
        {
            if (ShouldChange(Messages.TargetOffice, MessageText.Format(Messages.ActionSetMailbox, Mailbox)))
            {
                Run(store.SetOfficeAsync(Mailbox, Cancellation));
                WriteObject(new DirectoryEntry("Office", null, Mailbox.Trim()));
            }

            return;
        }

        if (ShouldChange(MessageText.Format(Messages.TargetHead, Department), MessageText.Format(Messages.ActionSetMailbox, Mailbox)))
        {
            Run(store.SetHeadAsync(Department, Mailbox, Cancellation));
            WriteObject(new DirectoryEntry("Head", Department.Trim(), Mailbox.Trim()));
        }
    }
}
