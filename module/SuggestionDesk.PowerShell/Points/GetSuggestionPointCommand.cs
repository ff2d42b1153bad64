using System.Management.Automation;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Completion;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Points;

/// <summary>
/// <para type="synopsis">Gets a suggestion's points (要点) and the measures taken on each (办理措施), in order.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "SuggestionPoint")]
[OutputType(typeof(SuggestionPoint))]
public sealed class GetSuggestionPointCommand : SuggestionCmdlet
{
    /// <summary>The item's number.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(NumberCompleter))]
    [ValidateNotNullOrEmpty]
    public string Number { get; set; } = string.Empty;

    /// <summary>Only these points, by number; by default all.</summary>
    [Parameter(Position = 1)]
    [ArgumentCompleter(typeof(PointIndexCompleter))]
    [ValidateRange(1, int.MaxValue)]
    public int[]? Index { get; set; }

    /// <inheritdoc />
    protected override object? ErrorTarget => Number;

    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        var item = Run(Service.GetAsync(ParseNumber(Number), Cancellation));
        foreach (var missing in (Index ?? []).Where(i => i > item.SubPoints.Count).Distinct())
        {
            WriteError(new ErrorRecord(
                new ArgumentException(MessageText.Format(Messages.PointMissing, item.Number, item.SubPoints.Count, missing)),
                "PointNotFound", ErrorCategory.ObjectNotFound, missing));
        }

        for (var i = 0; i < item.SubPoints.Count; i++)
        {
            if (Index is null || Index.Contains(i + 1))
            {
                var point = item.SubPoints[i];
                WriteObject(new SuggestionPoint(item.Number.Value, i + 1, point.Title, point.Measures, item.Version));
            }
        }
    }
}
