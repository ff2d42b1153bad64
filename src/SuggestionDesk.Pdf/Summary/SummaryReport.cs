using SuggestionDesk.Reporting;
using SuggestionDesk.Pdf.Layout;
using SuggestionDesk.Pdf.Layout.Elements;
using SuggestionDesk.Pdf.Layout.Pages;
using SuggestionDesk.Pdf.Layout.Text;
using SuggestionDesk.Items;

namespace SuggestionDesk.Pdf.Summary;

/// <summary>
/// The report for the standing committee, composed from its view model: the letter (title, addressee, the
/// numbered sections, closing, signature and date) on GB/T 9704 pages, then the ledger annex on landscape pages.
/// One Compose… method per part.
/// </summary>
internal sealed class SummaryReport(ReportModel model, ReportFonts? fonts = null)
{
    private readonly Typography type = Typography.For(model.Language, fonts ?? ReportFonts.Bundled);
    private readonly bool chinese = model.Language == Language.Chinese;

    /// <summary>The document, ready to lay out.</summary>
    public LayoutDocument Compose()
    {
        var document = new LayoutDocument(type.PageNumber, type.RunningHeader);
        document.Section(LetterPages, ComposeLetter);
        document.Section(AnnexPages, ComposeAnnex);
        return document;
    }

    /// <summary>The PDF's metadata.</summary>
    public DocumentInfo Info(DateTime created) => new(model.Title, model.Issuer, model.Subject, model.LanguageTag, created, chinese ? "建议提案办理" : "suggestions; proposals");

    private PageSetup LetterPages => chinese
        ? PageSetup.OfficialA4
        : PageSetup.OfficialA4 with { Top = 25 * PageSetup.Mm, Left = 25 * PageSetup.Mm, Right = 25 * PageSetup.Mm, Bottom = 25 * PageSetup.Mm, PageNumbers = PageNumberStyle.PageOfTotal };

    private PageSetup AnnexPages => PageSetup.A4Landscape with
    {
        PageNumbers = chinese ? PageNumberStyle.Dashes : PageNumberStyle.PageOfTotal,
        Header = chinese ? $"{model.LedgerHeading}（截至{model.DateLine}）" : $"{model.LedgerHeading} (as of {model.DateLine})",
    };

    private double Indent => type.FirstIndent;

    private void ComposeLetter(SectionComposer page)
    {
        if (model.DocumentNumber is { } number)
        {
            page.Add(new Paragraph(number, type.Body) { Align = TextAlign.Center, SpaceAfter = type.Body.LineHeight / 2 });
        }

        page.Add(new Paragraph(model.Title, type.Title) { Align = TextAlign.Center, SpaceAfter = type.Body.LineHeight });
        page.Add(new Paragraph(model.Recipient, type.Body) { Align = TextAlign.Left, SpaceAfter = chinese ? 0 : 6 });
        page.Add(Body(model.Opening));
        foreach (var section in model.Sections)
        {
            ComposeSection(page, section);
        }

        // The signature never stands on a page of its own: the closing line goes over with it.
        page.Add(new Paragraph(model.Closing, type.Body) { FirstIndentChars = Indent, KeepWithNext = 5 * type.Body.LineHeight });
        // GB/T 9704: the annex is named a line below the body, two characters in, before the signature (附件：…).
        page.Add(new Paragraph(model.LedgerHeading, type.Body) { FirstIndentChars = Indent, SpaceBefore = type.Body.LineHeight, KeepWithNext = 3.5 * type.Body.LineHeight });
        ComposeSignature(page);
    }

    private void ComposeSection(SectionComposer page, ReportSection section)
    {
        page.Add(new Paragraph(section.Heading, type.Heading1)
        {
            FirstIndentChars = Indent, Align = TextAlign.Left, SpaceBefore = chinese ? 0 : 8, KeepWithNext = 2 * type.Body.LineHeight,
        });
        foreach (var text in section.Paragraphs)
        {
            page.Add(Body(text));
        }

        if (section.KeyFigures.Count > 0)
        {
            page.Add(new KeyFigures(section.KeyFigures.Select(f => new KeyFigure(f.Value, f.Label)).ToArray(), type.FigureValue, type.FigureLabel));
        }

        ComposeNarrative(page, section.Narrative);
        ComposeMeasures(page, section.Items);
        foreach (var table in section.Tables)
        {
            ComposeTable(page, table, section.Kind == ReportSectionKind.Overview);
        }

        foreach (var chart in section.Charts.Where(c => c.Bars.Count > 0))
        {
            page.Add(new BarChart(chart.Caption, chart.Bars.Select(b => new Bar(b.Label, b.Value, b.Text)).ToArray(), type.ChartLabel, type.Caption)
            {
                Maximum = chart.Maximum,
                WidthShare = 0.9,
            });
        }
    }

    private void ComposeNarrative(SectionComposer page, IReadOnlyList<NarrativeBlock> blocks)
    {
        foreach (var block in blocks)
        {
            page.Add(block.Kind switch
            {
                NarrativeBlockKind.Heading => new Paragraph(block.Text, type.Heading2)
                {
                    FirstIndentChars = Indent, Align = TextAlign.Left, KeepWithNext = 2 * type.Body.LineHeight,
                },
                NarrativeBlockKind.ListItem => Body((chinese ? "· " : "• ") + block.Text),
                _ => Body(block.Text),
            });
        }
    }

    private void ComposeMeasures(SectionComposer page, IReadOnlyList<ReportItemMeasures> items)
    {
        foreach (var item in items)
        {
            page.Add(new Paragraph(item.Heading, type.ItemHeading)
            {
                // With its facts (two lines at most) and the start of what follows, as the facts keep with it.
                FirstIndentChars = Indent, Align = TextAlign.Justify, KeepWithNext = (2 * type.Facts.LineHeight) + type.Heading3.LineHeight + (2 * type.Body.LineHeight),
            });
            // The facts never end a page alone: the first point's heading and two lines of what follows go with them.
            page.Add(new Paragraph(item.Facts, type.Facts)
            {
                FirstIndentChars = Indent * type.Body.Size / type.Facts.Size, SpaceAfter = 4, KeepWithNext = type.Heading3.LineHeight + 2 * type.Body.LineHeight,
            });
            foreach (var point in item.Points)
            {
                page.Add(new Paragraph(point.Heading, type.Heading3) { FirstIndentChars = Indent, KeepWithNext = type.Body.LineHeight * 2 });
                foreach (var text in point.Paragraphs)
                {
                    page.Add(Body(text));
                }
            }

            foreach (var text in item.Paragraphs)
            {
                page.Add(Body(text));
            }
        }
    }

    private void ComposeTable(SectionComposer page, ReportTable table, bool figures)
    {
        page.Add(new Paragraph(table.Caption, type.Caption) { Align = TextAlign.Center, SpaceBefore = 8, KeepWithNext = 3 * type.Cell.LineHeight });
        var columns = figures
            ? new[] { TableColumn.Fill(table.Columns[0], 2), TableColumn.Fill(table.Columns[1], 1), TableColumn.Fill(table.Columns[2], 2) }
            : new[]
            {
                TableColumn.Fit(table.Columns[0], 80), TableColumn.Fill(table.Columns[1]), TableColumn.Fit(table.Columns[2], 90),
                TableColumn.Fit(table.Columns[3], 80), TableColumn.Fit(table.Columns[4], 70),
            };
        if (figures)
        {
            columns[1] = columns[1] with { Align = TextAlign.Right };
        }

        var element = new Table(columns, type.Cell, type.HeaderCell) { SpaceAfter = 8 };
        foreach (var row in table.Rows)
        {
            element.Row([.. row]);
        }

        page.Add(element);
    }

    private void ComposeSignature(SectionComposer page)
    {
        page.Add(new Spacer(type.Body.LineHeight * 1.5));
        double right = chinese ? 4 * type.Body.Size : 0;
        page.Add(new Paragraph(model.Issuer, type.Body) { Align = TextAlign.Right, RightIndent = right, KeepWithNext = type.Body.LineHeight });
        page.Add(new Paragraph(model.DateLine, type.Body) { Align = TextAlign.Right, RightIndent = right });
    }

    private void ComposeAnnex(SectionComposer page)
    {
        var ledger = model.Ledger;
        page.Add(new Paragraph(model.LedgerHeading, chinese ? type.Heading1 : type.Heading1) { Align = TextAlign.Left, SpaceAfter = 6 });
        var c = ledger.Columns;
        var date = LedgerDateWidth();
        var table = new Table(
            [
                TableColumn.Fit(c[0], 70), TableColumn.Fill(c[1]), TableColumn.Fit(c[2], 40), TableColumn.Fit(c[3], 80), TableColumn.Fit(c[4], 50),
                TableColumn.Fixed(c[5], date), TableColumn.Fixed(c[6], date), TableColumn.Fixed(c[7], date), TableColumn.Fit(c[8], 34, TextAlign.Center),
                TableColumn.Fit(c[9], 50), TableColumn.Fit(c[10], date),
            ],
            type.LedgerCell,
            type.LedgerHeader);
        foreach (var row in ledger.Rows)
        {
            table.Row([.. row]);
        }

        page.Add(table);
    }

    private double LedgerDateWidth() => LineBreaker.Measure("2021-12-31", type.LedgerCell) + 6.5;

    private Paragraph Body(string text) => new(text, type.Body) { FirstIndentChars = Indent, SpaceAfter = chinese ? 0 : 6 };
}
