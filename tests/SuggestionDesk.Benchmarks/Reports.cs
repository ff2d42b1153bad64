using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SuggestionDesk.Calendar;
using SuggestionDesk.Reporting;
using SuggestionDesk.Pdf;
using SuggestionDesk.Pdf.Layout.Pages;
using SuggestionDesk.Pdf.Summary;
using SuggestionDesk.Testing;

namespace SuggestionDesk.Benchmarks;

/// <summary>The report models the figures are measured on: the seed-sized ledger (24 items) and a 1,000-item one.</summary>
internal static class ReportModels
{
    private static readonly SummaryCalculator Calculator = new(new ItemDeadlines(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn));

    public static readonly Lazy<ReportModel> Seed = new(() => Build(ReportItems.Seed()));

    public static readonly Lazy<ReportModel> Thousand = new(() => Build(ReportItems.Ledger(1000)));

    public static byte[] Render(ReportModel model)
    {
        using var output = new MemoryStream();
        new PdfReportRenderer().Render(model, output);
        return output.ToArray();
    }

    private static ReportModel Build(IEnumerable<SuggestionDesk.Items.SuggestionItem> items) => ReportModelBuilder.Build(items, Calculator, new ReportOptions
    {
        AsOf = ReportItems.ReportDate,
        Issuer = "深圳市政务服务数据管理局",
        DocumentNumber = "深政数函〔2021〕87号",
        Narrative = NarrativeParser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "narrative-2021.md"))),
    });
}

/// <summary>The seed-sized report's size (24 items, with the sample narrative), in KB.</summary>
internal sealed class SeedReportSize : IBenchmark
{
    public string Name => "report_24_kb";

    public double Measure() => Math.Round(ReportModels.Render(ReportModels.Seed.Value).Length / 1024.0, 1);
}

/// <summary>The 1,000-item report's size, in KB.</summary>
internal sealed class ThousandReportSize : IBenchmark
{
    public string Name => "report_1000_kb";

    public double Measure() => Math.Round(ReportModels.Render(ReportModels.Thousand.Value).Length / 1024.0, 1);
}

/// <summary>
/// Rendering the 1,000-item report (layout and PDF) against PDFsharp alone drawing the same text runs, in the same
/// fonts, at fixed positions with no layout, and saving: the layer's cost over what PDFsharp needs anyway.
/// </summary>
internal sealed class RenderVersusRawDraw : IBenchmark
{
    public string Name => "report_1000_vs_raw_draw_ratio";

    public double Measure()
    {
        var model = ReportModels.Thousand.Value;
        var report = new SummaryReport(model);
        var runs = report.Compose().LayOut().SelectMany(p => p.Ops.OfType<TextOp>()).ToArray();
        double rendered = SuggestionDesk.Benchmarks.Measure.MedianMilliseconds(() => ReportModels.Render(model));
        double raw = SuggestionDesk.Benchmarks.Measure.MedianMilliseconds(() => RawDraw(runs));
        Console.Error.WriteLine($"# render {rendered:0} ms, raw draw of the same {runs.Length} text runs {raw:0} ms");
        return Math.Round(rendered / raw, 2);
    }

    /// <summary>Draws <paramref name="runs"/> 60 to a page at fixed positions, and saves.</summary>
    private static void RawDraw(TextOp[] runs)
    {
        using var document = new PdfDocument();
        var fonts = new Dictionary<(string, double), XFont>();
        var brush = XBrushes.Black;
        XGraphics? graphics = null;
        for (int i = 0; i < runs.Length; i++)
        {
            if (i % 60 == 0)
            {
                graphics?.Dispose();
                graphics = XGraphics.FromPdfPage(document.AddPage());
            }

            graphics!.DrawString(runs[i].Text, PdfPainter.Font(fonts, runs[i]), brush, 40, 40 + (12 * (i % 60)));
        }

        graphics?.Dispose();
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
    }
}
