using System.Management.Automation;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Connection;

/// <summary>
/// <para type="synopsis">Gets this session's connection: the endpoint and table prefix, never a key.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "SuggestionStore")]
[OutputType(typeof(SuggestionConnection))]
public sealed class GetSuggestionStoreCommand : SuggestionCmdlet
{
    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        if ((Connection ?? SessionConnections.Current) is { } connection)
        {
            WriteObject(connection);
            return;
        }

        WriteError(new ErrorRecord(
            new InvalidOperationException(Messages.NotConnected),
            "NotConnected", ErrorCategory.ConnectionError, null));
    }
}
