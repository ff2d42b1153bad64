using System.Management.Automation;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Completion;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Points;

/// <summary>
/// <para type="synopsis">Adds a point (要点) to a suggestion, or changes a point's wording or the measures taken on it (办理措施); each change is recorded in its history.</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "SuggestionPoint", SupportsShouldProcess = true)]
[OutputType("SuggestionDesk.Items.SuggestionItem")]
public sealed class SetSuggestionPointCommand : ItemChangeCmdlet
{
    /// <summary>The point's number: one of the item's points, or the next number to add one.</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(PointIndexCompleter))]
    [ValidateRange(1, int.MaxValue)]
    public int Index { get; set; }

    /// <summary>The point's wording, one line; needed to add a point.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Title")]
    public string? Point { get; set; }

    /// <summary>The measures taken, paragraphs separated by line breaks, up to 100,000 characters; an empty text clears them.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Measures")]
    [AllowEmptyString]
    public string? Measure { get; set; }

    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        if (Point is null && Measure is null)
        {
            throw new ArgumentException(MessageText.Format(Messages.PointNothingToSet, Index, Number));
        }

        var parts = (Point is null ? null : Messages.PointPartWording) + (Point is not null && Measure is not null ? Messages.PointPartAnd : null)
            + (Measure is null ? null : string.IsNullOrWhiteSpace(Measure) ? Messages.PointPartClearMeasures : Messages.PointPartMeasures);
        Change(MessageText.Format(Messages.ActionSetPoint, Index, parts), (item, by) => item.SetPoint(Index, Point, Measure, by));
    }
}
