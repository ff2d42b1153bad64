using SuggestionDesk.Items;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Reporting;

/// <summary>What a report for the standing committee covers and how it is headed.</summary>
public sealed record ReportOptions
{
    /// <summary>The day the figures describe, printed as the report's date: later events are not counted.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Only items of this session; null for every session.</summary>
    public string? Session { get; init; }

    /// <summary>Only items assigned on or after this day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Only items assigned on or before this day.</summary>
    public DateOnly? To { get; init; }

    /// <summary>The title; by default 关于报送{year}年人大代表建议办理工作总结的函 (or its English).</summary>
    public string? Title { get; init; }

    /// <summary>The issuing unit, signed at the end (e.g. 深圳市政务服务数据管理局).</summary>
    public string? Issuer { get; init; }

    /// <summary>The document number, e.g. 深政数函〔2021〕87号.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>The addressee (主送机关); by default 市人大常委会办公厅 for suggestions, 市政协办公厅 for proposals, both for both.</summary>
    public string? Recipient { get; init; }

    /// <summary>The office's own text for 主要做法 and 存在的问题及下一步改进措施; those sections are left out without it.</summary>
    public Narrative? Narrative { get; init; }

    /// <summary>Chinese (default) or English.</summary>
    public Language Language { get; init; } = Language.Chinese;

    /// <summary>Checks the options, naming a bad value and what to do.</summary>
    public void Validate()
    {
        if (From is { } from && To is { } to && from > to)
        {
            throw new ArgumentException(MessageText.Format(Messages.ReportFromAfterTo, from, to));
        }

        if (Session is { } session && string.IsNullOrWhiteSpace(session))
        {
            throw new ArgumentException(Messages.ReportSessionBlank);
        }
    }
}
