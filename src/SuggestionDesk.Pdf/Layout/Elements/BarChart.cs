using System.Globalization;
using PdfSharp.Drawing;
using SuggestionDesk.Pdf.Layout.Fonts;
using SuggestionDesk.Pdf.Layout.Pages;
using SuggestionDesk.Pdf.Layout.Text;

namespace SuggestionDesk.Pdf.Layout.Elements;

/// <summary>One bar: its label, its value and the text shown at its end.</summary>
/// <param name="Label">What the bar counts, e.g. 主办.</param>
/// <param name="Value">Its length in the chart's units.</param>
/// <param name="Text">What is written at its end, e.g. <c>3 件</c> or <c>100%</c>.</param>
internal sealed record Bar(string Label, double Value, string Text);

/// <summary>
/// A horizontal bar chart drawn as vector graphics: a caption, one bar per category with its label on the left
/// and its value at the end; with a fixed maximum (rates out of 100%) every bar shows its full track.
/// </summary>
internal sealed class BarChart(string caption, IReadOnlyList<Bar> bars, TextStyle labelStyle, TextStyle captionStyle) : IElement
{
    private static readonly XColor Track = XColor.FromArgb(236, 236, 236);
    private static readonly XColor Axis = XColor.FromArgb(120, 120, 120);

    /// <summary>The value of a full-width bar; by default the largest value.</summary>
    public double? Maximum { get; init; }

    /// <summary>The bars' colour.</summary>
    public XColor Color { get; init; } = XColor.FromArgb(46, 84, 138);

    /// <summary>The chart's width as a share of the text block.</summary>
    public double WidthShare { get; init; } = 1;

    /// <summary>Space above and below.</summary>
    public double Space { get; init; } = 8;

    /// <inheritdoc />
    public void Compose(PageFlow flow)
    {
        double pitch = labelStyle.LineHeight * 1.25, barHeight = labelStyle.LineHeight * 0.8;
        double height = captionStyle.LineHeight + (Math.Max(bars.Count, 1) * pitch) + 4;
        flow.Space(Space);
        flow.Need(height);
        var page = flow.Page;
        double width = flow.Width * WidthShare, left = flow.Left + ((flow.Width - width) / 2), top = flow.Y;
        var title = LineBreaker.Break(CodePoints.Clean(caption), captionStyle, width);
        if (title.Count > 0)
        {
            TextPainter.Draw(page, CodePoints.Clean(caption), title[0] with { IsLast = true }, captionStyle, left, Paragraph.Baseline(top, captionStyle), width, TextAlign.Center);
        }

        top += captionStyle.LineHeight + 4;
        var labels = bars.Select(b => CodePoints.Clean(b.Label)).ToArray();
        double labelWidth = Math.Min(width * 0.35, labels.Select(l => LineBreaker.Measure(l, labelStyle)).DefaultIfEmpty(0).Max() + 6);
        double valueWidth = bars.Select(b => LineBreaker.Measure(b.Text, labelStyle)).DefaultIfEmpty(0).Max() + 6;
        double barLeft = left + labelWidth, barSpan = Math.Max(width - labelWidth - valueWidth, 10);
        double max = Maximum ?? bars.Select(b => b.Value).DefaultIfEmpty(0).Max();
        for (int i = 0; i < bars.Count; i++)
        {
            double y = top + (i * pitch), barTop = y + ((pitch - barHeight) / 2);
            double baseline = Paragraph.Baseline(y + ((pitch - labelStyle.LineHeight) / 2), labelStyle);
            var label = labels[i];
            var fitted = LineBreaker.Break(label, labelStyle, labelWidth - 6);
            if (fitted.Count > 0)
            {
                // A label too long for its column is cut at the end of its first line, never drawn over the bars.
                TextPainter.Draw(page, label, fitted[0] with { IsLast = true }, labelStyle, left, baseline, labelWidth - 6, TextAlign.Right);
            }

            if (Maximum is not null)
            {
                page.Ops.Add(new RectOp(barLeft, barTop, barSpan, barHeight, Track));
            }

            double length = max <= 0 ? 0 : barSpan * Math.Clamp(bars[i].Value / max, 0, 1);
            if (length > 0)
            {
                page.Ops.Add(new RectOp(barLeft, barTop, length, barHeight, Color));
            }

            double textX = barLeft + (Maximum is null ? length : barSpan) + 4;
            TextPainter.DrawRuns(page, bars[i].Text, 0, bars[i].Text.Length, labelStyle, textX, baseline);
        }

        page.Ops.Add(new LineOp(barLeft, top, barLeft, top + (bars.Count * pitch), 0.6, Axis));
        flow.Advance(height);
        flow.Space(Space);
    }

    /// <summary>Formats a count for a bar's end.</summary>
    public static string Count(int value, string unit) => value.ToString(CultureInfo.InvariantCulture) + unit;
}
