using PdfSharp.Drawing;
using SuggestionDesk.Pdf.Layout.Fonts;
using SuggestionDesk.Pdf.Layout.Pages;
using SuggestionDesk.Pdf.Layout.Text;

namespace SuggestionDesk.Pdf.Layout.Elements;

/// <summary>A key figure: a large value over its label, e.g. <c>24</c> over 接收办理.</summary>
/// <param name="Value">The figure as shown.</param>
/// <param name="Label">What it counts.</param>
internal sealed record KeyFigure(string Value, string Label);

/// <summary>A row of boxed key figures across the text block.</summary>
internal sealed class KeyFigures(IReadOnlyList<KeyFigure> figures, TextStyle valueStyle, TextStyle labelStyle) : IElement
{
    private static readonly XColor Border = XColor.FromArgb(150, 150, 150);
    private static readonly XColor Fill = XColor.FromArgb(246, 246, 246);

    /// <inheritdoc />
    public void Compose(PageFlow flow)
    {
        if (figures.Count == 0)
        {
            return;
        }

        const double gap = 6;
        double width = (flow.Width - (gap * (figures.Count - 1))) / figures.Count;
        var labels = figures.Select(f => LineBreaker.Break(CodePoints.Clean(f.Label), labelStyle, width - 6)).ToArray();
        int labelLines = labels.Max(l => Math.Max(l.Count, 1));
        double height = valueStyle.LineHeight + (labelLines * labelStyle.LineHeight) + 8;
        flow.Space(6);
        flow.Need(height);
        var page = flow.Page;
        double top = flow.Y;
        for (int i = 0; i < figures.Count; i++)
        {
            double x = flow.Left + (i * (width + gap));
            page.Ops.Add(new RectOp(x, top, width, height, Fill, Border, 0.6));
            var value = CodePoints.Clean(figures[i].Value);
            var valueLine = LineBreaker.Break(value, valueStyle, width - 6);
            if (valueLine.Count > 0)
            {
                TextPainter.Draw(page, value, valueLine[0] with { IsLast = true }, valueStyle, x + 3, Paragraph.Baseline(top + 4, valueStyle), width - 6, TextAlign.Center);
            }

            var label = CodePoints.Clean(figures[i].Label);
            for (int l = 0; l < labels[i].Count; l++)
            {
                double lineTop = top + 4 + valueStyle.LineHeight + (l * labelStyle.LineHeight);
                TextPainter.Draw(page, label, labels[i][l] with { IsLast = true }, labelStyle, x + 3, Paragraph.Baseline(lineTop, labelStyle), width - 6, TextAlign.Center);
            }
        }

        flow.Advance(height);
        flow.Space(6);
    }
}
