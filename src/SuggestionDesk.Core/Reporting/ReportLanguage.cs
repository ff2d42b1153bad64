namespace SuggestionDesk.Reporting;

/// <summary>The language a report is written in.</summary>
public enum ReportLanguage
{
    /// <summary>Chinese, laid out like an official document (GB/T 9704).</summary>
    Chinese,

    /// <summary>English, with the same structure.</summary>
    English,
}
