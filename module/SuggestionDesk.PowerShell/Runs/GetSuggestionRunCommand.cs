using System.Management.Automation;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Completion;
using SuggestionDesk.Runs;

namespace SuggestionDesk.PowerShell.Runs;

/// <summary>
/// <para type="synopsis">Lists the reminder, digest and report runs, newest first: who ran each, when, how it ended, what it sent and the first error.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "SuggestionRun")]
[OutputType(typeof(RunRecord))]
public sealed class GetSuggestionRunCommand : SuggestionCmdlet
{
    /// <summary>Reminders, Digest or Report (催办, 周报, 报告); every kind when left out.</summary>
    [Parameter(Position = 0)]
    [EnumWords(typeof(RunKind))]
    [ArgumentCompleter(typeof(EnumWordsCompleter<RunKind>))]
    public string? Kind { get; set; }

    /// <summary>How many runs, newest first; 20 by default.</summary>
    [Parameter]
    [ValidateRange(1, 1000)]
    public int Last { get; set; } = 20;

    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        RunKind? kind = Kind is null ? null : EnumWordsAttribute.Parse<RunKind>(Kind);
        foreach (var record in Run(Services.RunRecords.ListAsync(kind, Last, Cancellation)))
        {
            WriteObject(record);
        }
    }
}
