namespace SuggestionDesk.Reporting;

/// <summary>
/// What the mail that carries a report says of it, taken from the very model the PDF was drawn from: its title, the
/// date its figures describe as the PDF writes it, the overview's key figures and its first table (表1), caption,
/// columns and rows as printed. The cover mail is written from this alone, so its figures cannot differ from the
/// attachment's; the archive keeps it beside the report for a recipient mailed later.
/// </summary>
/// <param name="Title">The report's title.</param>
/// <param name="DateLine">The day its figures describe, as the PDF writes it (e.g. 2026年10月31日).</param>
/// <param name="KeyFigures">The key figures, in the PDF's order and words.</param>
/// <param name="Figures">The overview's table of figures.</param>
public sealed record ReportCover(string Title, string DateLine, IReadOnlyList<ReportFigure> KeyFigures, ReportTable Figures)
{
    /// <summary>The cover of the report <paramref name="model"/> describes.</summary>
    public static ReportCover Of(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var overview = model.Sections.First(s => s.Kind == ReportSectionKind.Overview);
        return new ReportCover(model.Title, model.DateLine, overview.KeyFigures, overview.Tables[0]);
    }
}
