using System.Management.Automation;
using SuggestionDesk.PowerShell.Base;

namespace SuggestionDesk.PowerShell.Reminders;

/// <summary>
/// <para type="synopsis">Gets the reminder directory: the supervising office's mailbox and each department head's, who receive escalations and digests.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "SuggestionDirectory")]
[OutputType(typeof(DirectoryEntry))]
public sealed class GetSuggestionDirectoryCommand : SuggestionCmdlet
{
    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        var directory = Run(CurrentConnection.Storage.Directory.GetAsync(Cancellation));
        if (directory.Office is { } office)
        {
            WriteObject(new DirectoryEntry("Office", null, office));
        }

        foreach (var (department, head) in directory.DepartmentHeads.OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            WriteObject(new DirectoryEntry("Head", department, head));
        }
    }
}
