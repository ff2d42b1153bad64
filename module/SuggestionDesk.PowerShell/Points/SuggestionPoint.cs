using SuggestionDesk.PowerShell.Views;
using System.Management.Automation;

namespace SuggestionDesk.PowerShell.Points;

/// <summary>
/// One point of a suggestion (要点) and its measures (办理措施), as <c>Get-SuggestionPoint</c> writes it: the columns of a
/// file of measures (Number, Index, Point, Measure), so <c>Export-Csv</c> writes one that <c>Import-SuggestionPoint</c>
/// reads back, and piping it to <c>Set-SuggestionPoint</c> or <c>Remove-SuggestionPoint</c> binds the item and the point.
/// </summary>
public sealed class SuggestionPoint
{
    /// <summary>Creates the point <paramref name="index"/> of item <paramref name="number"/> read at <paramref name="version"/>.</summary>
    public SuggestionPoint(string number, int index, string point, string? measure, string? version)
    {
        Number = number;
        Index = index;
        Point = point;
        Measure = measure;
        Version = version;
    }

    /// <summary>The item's number (编号).</summary>
    public string Number { get; }

    /// <summary>The point's number within the item (序号), from 1.</summary>
    public int Index { get; }

    /// <summary>The point as the deputy put it (要点).</summary>
    public string Point { get; }

    /// <summary>The measures taken (办理措施), paragraphs separated by line breaks; null until written.</summary>
    public string? Measure { get; }

    /// <summary>
    /// The table's column: the start of the measures with their size, 加快推进……（3段，412字）, or that none are entered
    /// yet, in the UI culture's language (Format-List shows them whole).
    /// </summary>
    [Hidden]
    public string MeasureShown
    {
        get
        {
            if (string.IsNullOrEmpty(Measure))
            {
                return SuggestionDesk.PowerShell.Localization.Messages.PointMeasureMissing;
            }

            var paragraphs = Measure.Split('\n');
            var first = paragraphs[0].Length > 40 ? paragraphs[0][..40] + "…" : paragraphs[0];
            return SuggestionDesk.Localization.MessageText.Format(SuggestionDesk.PowerShell.Localization.Messages.PointMeasureStart, first, paragraphs.Length, Measure.Length);
        }
    }

    /// <summary>
    /// The version of the item the point was read from: piped on, a change to an item changed since is refused. Hidden,
    /// so that tables and Export-Csv show the point alone.
    /// </summary>
    [Hidden]
    public string? Version { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Number} {Index}. {Point}";
}
