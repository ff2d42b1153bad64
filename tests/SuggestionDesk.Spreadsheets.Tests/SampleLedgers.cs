namespace SuggestionDesk.Spreadsheets.Tests;

/// <summary>The sample ledgers of the sample year: module/examples/ledger-2021.csv (UTF-8 with BOM) and its GBK twin.</summary>
internal static class SampleLedgers
{
    public static string Utf8 { get; } = Data("ledger-2021.csv");

    /// <summary>The same ledger as Excel in China saves it: GBK, no byte order mark, dates as yyyy/M/d.</summary>
    public static string Gbk { get; } = Data("ledger-2021-gbk.csv");

    /// <summary>The measures of the sample's Lead, Sole and Split items: module/examples/measures-2021.csv.</summary>
    public static string Measures { get; } = Data("measures-2021.csv");

    private static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);
}
