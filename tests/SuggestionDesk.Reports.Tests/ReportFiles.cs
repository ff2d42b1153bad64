using SuggestionDesk.Calendar;
using SuggestionDesk.Reports;

namespace SuggestionDesk.Reports.Tests;

/// <summary>Builds report models from test items and writes them as PDFs into a temporary folder.</summary>
internal static class ReportFiles
{
    public static readonly SummaryCalculator Calculator = new(new ItemDeadlines(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn));

    public static string Folder { get; } = Directory.CreateTempSubdirectory("suggestiondesk-reports-").FullName;

    public static ReportOptions SeedOptions(ReportLanguage language = ReportLanguage.Chinese) => new()
    {
        AsOf = ReportItems.ReportDate,
        Issuer = language == ReportLanguage.Chinese ? "深圳市政务服务数据管理局" : "Shenzhen Government Service and Data Management Bureau",
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
