using SuggestionDesk.Calendar;
using SuggestionDesk.Pdf;

namespace SuggestionDesk.Pdf.Tests;

/// <summary>Builds report models from test items and writes them as PDFs into a temporary folder.</summary>
internal static class ReportFiles
{
    public static readonly SummaryCalculator Calculator = new(new ItemDeadlines(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn));

    /// <summary>Where the tests' PDFs go; removed when the run ends unless SUGGESTIONDESK_KEEP_REPORTS is set (to look at them).</summary>
    public static string Folder { get; } = CreateFolder();

    private static string CreateFolder()
    {
        var folder = Directory.CreateTempSubdirectory("suggestiondesk-reports-").FullName;
        if (Environment.GetEnvironmentVariable("SUGGESTIONDESK_KEEP_REPORTS") is not { Length: > 0 })
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        }

        return folder;
    }

    public static ReportOptions SeedOptions(Language language = Language.Chinese) => new()
    {
        AsOf = ReportItems.ReportDate,
        Issuer = language == Language.Chinese ? "深圳市政务服务数据管理局" : "Shenzhen Government Service and Data Management Bureau",
        DocumentNumber = "深政数函〔2021〕87号",
        Language = language,
        Narrative = NarrativeParser.Parse(Narratives.Seed),
    };

    public static ReportModel Model(IEnumerable<SuggestionItem> items, ReportOptions options) => ReportModelBuilder.Build(items, Calculator, options);

    public static string Write(ReportModel model, string name)
    {
        var path = Path.Combine(Folder, name);
        using var file = File.Create(path);
        new PdfReportRenderer().Render(model, file);
        return path;
    }
}
