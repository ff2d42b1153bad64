namespace SuggestionDesk.Items;

/// <summary>
/// One point of a suggestion (a suggestion often has several); the reply and the report answer them
/// point by point with the measures taken (report section 三).
/// </summary>
/// <param name="Title">The point as the deputy put it, e.g. 探索"建管分离""运管分离"顶层设计.</param>
/// <param name="Measures">What was done about it; empty until written.</param>
public sealed record SubPoint(string Title, string? Measures = null);
