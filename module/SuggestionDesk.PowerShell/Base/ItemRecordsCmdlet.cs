using System.Management.Automation;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;
using SuggestionDesk.Ports;
using SuggestionDesk.PowerShell.Completion;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Base;

/// <summary>
/// The base of cmdlets that read an item's kept records (history, contacts): by number, and by session too
/// for a removed item, whose records are kept.
/// </summary>
public abstract class ItemRecordsCmdlet : SuggestionCmdlet
{
    /// <summary>The item's number.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(NumberCompleter))]
    [ValidateNotNullOrEmpty]
    public string Number { get; set; } = string.Empty;

    /// <summary>The item's session; needed only for a removed item, whose records are kept.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(SessionCompleter))]
    public string? Session { get; set; }

    /// <inheritdoc />
    protected override object? ErrorTarget => Number;

    /// <summary>
    /// The number, and the session: the existing item's, or the one given, which must hold the number's
    /// records (every item, removed or not, has at least its Create entry), so a wrong session is an error,
    /// not an empty answer.
    /// </summary>
    protected (SuggestionNumber Number, string Session) Locate()
    {
        var number = ParseNumber(Number);
        if (Session is null)
        {
            return (number, Run(Service.GetAsync(number, Cancellation)).Session);
        }

        var history = CurrentConnection.Storage.Items.GetHistoryAsync(number, Session, Cancellation).GetAsyncEnumerator(Cancellation);
        try
        {
            if (!history.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
                throw new SuggestionNotFoundException(number,
                    MessageText.Format(Messages.ItemNoRecordsInSession, number, Session));
            }
        }
        finally
        {
            history.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        return (number, Session);
    }
}
