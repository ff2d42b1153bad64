namespace SuggestionDesk.Items;

/// <summary>
/// One point (要点) of a suggestion (a suggestion often makes several); the reply and the report answer them point by
/// point with the measures taken (report section 三: "1.关于“…”建议。" then the measures). Points are numbered from 1
/// in the order the item keeps them.
/// </summary>
/// <param name="Title">The point as the deputy put it, one line, e.g. 探索“建管分离”“运管分离”顶层设计.</param>
/// <param name="Measures">
/// What was done about it (办理措施), paragraphs separated by line breaks (see <see cref="Paragraphs"/>), up to
/// <see cref="TextRules.LongTextMaxLength"/> characters; null until written.
/// </param>
public sealed record SubPoint(string Title, string? Measures = null);
