namespace SuggestionDesk.Pdf;

/// <summary>
/// The parts of the report that GB/T 9704 gives a face of their own, for which an office's own fonts are used
/// (<see cref="ReportFonts"/>). Latin letters and digits stay in the bundled DejaVu faces.
/// </summary>
public enum ReportFontRole
{
    /// <summary>标题: the title, in 小标宋 (else 宋体).</summary>
    Title,

    /// <summary>正文: body text, level-3 headings (1.关于…), an item's facts line and the key figures' labels, in 仿宋.</summary>
    Body,

    /// <summary>一级标题: the sections' headings (一、基本情况) and the annex's, in 黑体.</summary>
    Heading1,

    /// <summary>二级标题: the narrative's headings and each item's heading ((一)第12号…), in 楷体.</summary>
    Heading2,

    /// <summary>表格: table and ledger cells, in 宋体 (else 仿宋).</summary>
    Table,

    /// <summary>表头: table and ledger header rows, in 黑体.</summary>
    TableHeader,

    /// <summary>图表: chart labels, key figure values and table captions, in 黑体.</summary>
    Figure,

    /// <summary>页码: page numbers and the annex's running header, in 宋体.</summary>
    PageNumbers,
}
