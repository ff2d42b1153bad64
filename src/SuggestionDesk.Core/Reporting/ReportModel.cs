using SuggestionDesk.Items;

namespace SuggestionDesk.Reporting;

/// <summary>
/// The report for the standing committee as text and figures, ready to lay out: made by
/// <see cref="ReportModelBuilder"/> from the items and the summary figures; a renderer only arranges it.
/// </summary>
public sealed record ReportModel
{
    /// <summary>The language everything in the model is written in.</summary>
    public required Language Language { get; init; }

    /// <summary>The title, centred at the top.</summary>
    public required string Title { get; init; }

    /// <summary>The document number line (e.g. 深政数函〔2021〕87号), if any.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>The addressee line, e.g. 市人大常委会办公厅：.</summary>
    public required string Recipient { get; init; }

    /// <summary>The opening paragraph before the first section.</summary>
    public required string Opening { get; init; }

    /// <summary>The sections in order, numbered 一、二、… (1. 2. …) as present.</summary>
    public required IReadOnlyList<ReportSection> Sections { get; init; }

    /// <summary>The closing line, e.g. 专此函报。.</summary>
    public required string Closing { get; init; }

    /// <summary>The issuing unit, signed at the end.</summary>
    public required string Issuer { get; init; }

    /// <summary>The date under the signature, e.g. 2021年9月28日.</summary>
    public required string DateLine { get; init; }

    /// <summary>The day the figures describe.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The figures the report states (what Get-SuggestionSummary shows).</summary>
    public required SuggestionSummary Summary { get; init; }

    /// <summary>The annex: every item's ledger row.</summary>
    public required ReportTable Ledger { get; init; }

    /// <summary>The annex's heading.</summary>
    public required string LedgerHeading { get; init; }

    /// <summary>The subject for the PDF's metadata.</summary>
    public required string Subject { get; init; }

    /// <summary>The document's language tag, e.g. zh-CN.</summary>
    public string LanguageTag => Language == Language.Chinese ? "zh-CN" : "en";
}

/// <summary>Which part of the report a section is.</summary>
public enum ReportSectionKind
{
    /// <summary>基本情况: the figures as sentences, a table and charts.</summary>
    Overview,

    /// <summary>主要做法: the office's narrative.</summary>
    Practices,

    /// <summary>将建议转化成实际的工作措施: per item, the measures taken.</summary>
    Measures,

    /// <summary>存在的问题及下一步改进措施: the office's narrative.</summary>
    Problems,
}

/// <summary>A numbered section of the report and its content.</summary>
public sealed record ReportSection
{
    /// <summary>Which part it is.</summary>
    public required ReportSectionKind Kind { get; init; }

    /// <summary>The heading with its number, e.g. 一、基本情况.</summary>
    public required string Heading { get; init; }

    /// <summary>Paragraphs of body text (the overview's sentences).</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    /// <summary>Key figures shown in boxes.</summary>
    public IReadOnlyList<ReportFigure> KeyFigures { get; init; } = [];

    /// <summary>Tables, in order (the overview's figures, the Joint items).</summary>
    public IReadOnlyList<ReportTable> Tables { get; init; } = [];

    /// <summary>Charts, in order.</summary>
    public IReadOnlyList<ReportChart> Charts { get; init; } = [];

    /// <summary>The office's own blocks (主要做法, 存在的问题).</summary>
    public IReadOnlyList<NarrativeBlock> Narrative { get; init; } = [];

    /// <summary>The Lead, Sole and Split items with their measures.</summary>
    public IReadOnlyList<ReportItemMeasures> Items { get; init; } = [];
}

/// <summary>A key figure: a value and what it counts.</summary>
/// <param name="Value">As shown, e.g. 24件 or 100%.</param>
/// <param name="Label">What it counts.</param>
public sealed record ReportFigure(string Value, string Label);

/// <summary>A table: caption, column headers and rows of text.</summary>
/// <param name="Caption">The caption above it.</param>
/// <param name="Columns">The column headers.</param>
/// <param name="Rows">The rows, each as many cells as columns.</param>
public sealed record ReportTable(string Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>A bar chart: a caption and one bar per category.</summary>
/// <param name="Caption">What it shows.</param>
/// <param name="Bars">The bars, in order.</param>
/// <param name="Maximum">A fixed full scale (100 for rates in percent); null to scale to the largest bar.</param>
public sealed record ReportChart(string Caption, IReadOnlyList<ReportBar> Bars, double? Maximum = null);

/// <summary>One bar of a chart.</summary>
/// <param name="Label">The category.</param>
/// <param name="Value">The length.</param>
/// <param name="Text">The value as written at the bar's end.</param>
public sealed record ReportBar(string Label, double Value, string Text);

/// <summary>One Lead, Sole or Split item in section 三, with its sub-points and the measures taken.</summary>
/// <param name="Number">The item's number, exactly as given.</param>
/// <param name="Title">Its title, exactly as given.</param>
/// <param name="Heading">The heading line, e.g. （一）第20210347号《关于…的建议》.</param>
/// <param name="Facts">One line: role, department, reply date and result class, evaluation.</param>
/// <param name="Points">Its points with their measures; empty when it has none.</param>
/// <param name="Paragraphs">
/// Empty when a point has measures; otherwise the reply's text, after the points if there are any; the note that no
/// measures are recorded (（办理措施尚未录入。）) only when there are neither measures nor a reply's text.
/// </param>
public sealed record ReportItemMeasures(string Number, string Title, string Heading, string Facts, IReadOnlyList<ReportPoint> Points, IReadOnlyList<string> Paragraphs);

/// <summary>One point of an item and the measures taken about it.</summary>
/// <param name="Heading">The point's line, e.g. 1.关于“优化智慧城市和数字政府建设模式”建议。.</param>
/// <param name="Paragraphs">The measures, one paragraph each; empty when none are recorded for this point.</param>
public sealed record ReportPoint(string Heading, IReadOnlyList<string> Paragraphs);
