using System.Globalization;
using PdfSharp.Drawing;
using SuggestionDesk.Pdf.Layout.Elements;
using SuggestionDesk.Pdf.Layout.Fonts;
using SuggestionDesk.Pdf.Layout.Text;

namespace SuggestionDesk.Pdf.Layout.Pages;

/// <summary>Page numbers and running headers, added once every page is laid out and the total is known.</summary>
internal static class PageFurniture
{
    /// <summary>Adds each page's number (and header) in the style its setup asks for.</summary>
    public static void Add(IReadOnlyList<LaidOutPage> pages, TextStyle numberStyle, TextStyle headerStyle)
    {
        foreach (var page in pages)
        {
            var setup = page.Setup;
            double right = setup.Left + setup.ContentWidth;
            if (setup.Header is { Length: > 0 } header)
            {
                var text = CodePoints.Clean(header);
                double baseline = setup.Top - (4 * PageSetup.Mm);
                var lines = LineBreaker.Break(text, headerStyle, setup.ContentWidth);
                if (lines.Count > 0)
                {
                    TextPainter.Draw(page, text, lines[0] with { IsLast = true }, headerStyle, setup.Left, baseline, setup.ContentWidth, TextAlign.Right);
                }

                page.Ops.Add(new LineOp(setup.Left, baseline + 3, right, baseline + 3, 0.5, XColor.FromArgb(120, 120, 120)));
            }

            // GB/T 9704: the number's top 7 mm below the text block.
            double numberBaseline = setup.ContentBottom + (7 * PageSetup.Mm) + (0.86 * numberStyle.Size);
            switch (setup.PageNumbers)
            {
                case PageNumberStyle.Dashes:
                {
                    var text = $"— {page.Number.ToString(CultureInfo.InvariantCulture)} —";
                    double width = LineBreaker.Measure(text, numberStyle);
                    // Odd pages on the right, even pages on the left, one character in from the edge.
                    double x = page.Number % 2 == 1 ? right - numberStyle.Size - width : setup.Left + numberStyle.Size;
                    TextPainter.DrawRuns(page, text, 0, text.Length, numberStyle, x, numberBaseline);
                    break;
                }

                case PageNumberStyle.PageOfTotal:
                {
                    var text = string.Format(CultureInfo.InvariantCulture, setup.PageOfTotalFormat, page.Number, pages.Count);
                    double x = setup.Left + ((setup.ContentWidth - LineBreaker.Measure(text, numberStyle)) / 2);
                    TextPainter.DrawRuns(page, text, 0, text.Length, numberStyle, x, numberBaseline);
                    break;
                }
            }
        }
    }
}
