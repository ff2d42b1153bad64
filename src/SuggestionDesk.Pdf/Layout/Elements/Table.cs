using PdfSharp.Drawing;
using SuggestionDesk.Pdf.Layout.Fonts;
using SuggestionDesk.Pdf.Layout.Pages;
using SuggestionDesk.Pdf.Layout.Text;

namespace SuggestionDesk.Pdf.Layout.Elements;

/// <summary>
/// A ruled table that paginates: the header row is repeated at the top of every page, a row that does not fit
/// moves whole to the next page, and only a row taller than a whole page is split — between its lines, never
/// through one. Column widths fit their content, the title column taking the rest.
/// </summary>
internal sealed class Table(IReadOnlyList<TableColumn> columns, TextStyle cellStyle, TextStyle headerStyle) : IElement
{
    private static readonly XColor Rule = XColor.FromArgb(90, 90, 90);
    private static readonly XColor HeaderFill = XColor.FromArgb(232, 232, 232);
    private readonly List<string[]> rows = [];

    /// <summary>Padding inside every cell, in points.</summary>
    public double Padding { get; init; } = 3;

    /// <summary>Space above the table.</summary>
    public double SpaceBefore { get; init; }

    /// <summary>Space below the table.</summary>
    public double SpaceAfter { get; init; }

    /// <summary>The rows added so far.</summary>
    public int RowCount => rows.Count;

    /// <summary>Adds a row; missing cells are empty, extra cells are an error.</summary>
    public Table Row(params string?[] cells)
    {
        if (cells.Length > columns.Count)
        {
            throw new ArgumentException($"A row has {cells.Length} cells but the table has {columns.Count} columns.", nameof(cells));
        }

        rows.Add(Enumerable.Range(0, columns.Count).Select(i => CodePoints.Clean(i < cells.Length ? cells[i] ?? string.Empty : string.Empty)).ToArray());
        return this;
    }

    /// <inheritdoc />
    public void Compose(PageFlow flow)
    {
        flow.Space(SpaceBefore);
        var widths = ColumnWidths(flow.Width);
        var header = LayOut(columns.Select(c => CodePoints.Clean(c.Header)).ToArray(), widths, headerStyle);
        // The header and the first row (or a first slice of it) stay together.
        flow.Need(header.Height + cellStyle.LineHeight + (2 * Padding));
        DrawRow(flow, header, widths, headerStyle, 0, header.Lines.Max(l => l.Count), HeaderFill);
        foreach (var cells in rows)
        {
            var row = LayOut(cells, widths, cellStyle);
            int total = row.Lines.Max(l => l.Count), done = 0;
            double fullPage = flow.Setup.ContentHeight - header.Height;
            if (row.Height > flow.Remaining && row.Height <= fullPage)
            {
                NewPageWithHeader(flow, header, widths);
            }

            while (done < total || total == 0)
            {
                int fit = Math.Max(0, (int)Math.Floor((flow.Remaining - (2 * Padding) + 0.01) / cellStyle.LineHeight));
                if (fit == 0 && total > 0)
                {
                    NewPageWithHeader(flow, header, widths);
                    continue;
                }

                int take = total == 0 ? 0 : Math.Min(fit, total - done);
                DrawRow(flow, row, widths, cellStyle, done, take, null);
                done += take;
                if (total == 0)
                {
                    break;
                }

                if (done < total)
                {
                    NewPageWithHeader(flow, header, widths);
                }
            }
        }

        flow.Space(SpaceAfter);
    }

    /// <summary>The columns' widths in <paramref name="available"/> points.</summary>
    internal double[] ColumnWidths(double available)
    {
        var widths = new double[columns.Count];
        double fixedTotal = 0;
        for (int c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            widths[c] = column.Sizing switch
            {
                ColumnSizing.Fixed => column.Width,
                // A header word is never cut, even past the column's maximum.
                ColumnSizing.Fit => Math.Max(Math.Min(column.Width, NaturalWidth(c)), LongestHeaderWord(c)) + (2 * Padding) + 0.5,
                _ => 0,
            };
            fixedTotal += widths[c];
        }

        double weights = columns.Where(c => c.Sizing == ColumnSizing.Fill).Sum(c => c.Width);
        double minimumFill = weights > 0 ? 4 * cellStyle.Size + (2 * Padding) : 0;
        double left = available - fixedTotal;
        if (left < minimumFill)
        {
            // Too wide: shrink the sized columns so the fill columns keep a few characters.
            double scale = (available - minimumFill) / fixedTotal;
            for (int c = 0; c < widths.Length; c++)
            {
                widths[c] *= scale;
            }

            left = minimumFill;
        }

        for (int c = 0; c < columns.Count; c++)
        {
            if (columns[c].Sizing == ColumnSizing.Fill)
            {
                widths[c] = left * columns[c].Width / weights;
            }
            else if (weights == 0)
            {
                widths[c] += left * widths[c] / fixedTotal;
            }
        }

        return widths;
    }

    private double NaturalWidth(int column)
    {
        // A header of up to four characters stays on one line (办理类型), and so does its longest Latin word; longer ones wrap.
        var header = CodePoints.Clean(columns[column].Header);
        double widest = Math.Max(Math.Min(LineBreaker.Measure(header, headerStyle), 4 * headerStyle.Size), LongestHeaderWord(column));
        foreach (var row in rows)
        {
            foreach (var line in row[column].Split('\n'))
            {
                widest = Math.Max(widest, LineBreaker.Measure(line, cellStyle));
            }
        }

        return widest;
    }

    private double LongestHeaderWord(int column) =>
        CodePoints.Clean(columns[column].Header).Split(' ').Max(word => LineBreaker.Measure(word, headerStyle));

    private void NewPageWithHeader(PageFlow flow, LaidOutRow header, double[] widths)
    {
        flow.NewPage();
        DrawRow(flow, header, widths, headerStyle, 0, header.Lines.Max(l => l.Count), HeaderFill);
    }

    private LaidOutRow LayOut(string[] cells, double[] widths, TextStyle style)
    {
        var texts = new string[cells.Length];
        var lines = new List<TextLine>[cells.Length];
        for (int c = 0; c < cells.Length; c++)
        {
            // Line feeds in a cell become spaces: a cell is one paragraph.
            texts[c] = cells[c].Replace("\r\n", " ").Replace('\n', ' ').Replace('\t', ' ');
            lines[c] = [.. LineBreaker.Break(texts[c], style, widths[c] - (2 * Padding))];
        }

        int most = lines.Max(l => l.Count);
        return new LaidOutRow(texts, lines, (Math.Max(most, 1) * style.LineHeight) + (2 * Padding));
    }

    private void DrawRow(PageFlow flow, LaidOutRow row, double[] widths, TextStyle style, int firstLine, int lineCount, XColor? fill)
    {
        var page = flow.Page;
        double top = flow.Y, height = (Math.Max(lineCount, 1) * style.LineHeight) + (2 * Padding);
        double x = flow.Left, right = flow.Left + widths.Sum();
        if (fill is { } color)
        {
            page.Ops.Add(new RectOp(x, top, right - x, height, color));
        }

        for (int c = 0; c < widths.Length; c++)
        {
            var lines = row.Lines[c];
            for (int i = firstLine; i < Math.Min(lines.Count, firstLine + lineCount); i++)
            {
                double baseline = Paragraph.Baseline(top + Padding + ((i - firstLine) * style.LineHeight), style);
                var line = lines[i] with { IsLast = true };
                TextPainter.Draw(page, row.Texts[c], line, style, x + Padding, baseline, widths[c] - (2 * Padding), columns[c].Align);
            }

            page.Ops.Add(new LineOp(x, top, x, top + height, 0.5, Rule));
            x += widths[c];
        }

        page.Ops.Add(new LineOp(right, top, right, top + height, 0.5, Rule));
        page.Ops.Add(new LineOp(flow.Left, top, right, top, 0.5, Rule));
        page.Ops.Add(new LineOp(flow.Left, top + height, right, top + height, 0.5, Rule));
        flow.Advance(height);
    }

    private sealed record LaidOutRow(string[] Texts, List<TextLine>[] Lines, double Height);
}
