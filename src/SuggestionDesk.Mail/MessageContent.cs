namespace SuggestionDesk.Mail;

/// <summary>One clock under an item's row: its cells (clock, due date, status) and a note (the explanation) beneath it.</summary>
internal sealed record ContentDetail(IReadOnlyList<string> Cells, string? Note = null);

/// <summary>
/// One row of a table: its cells, and either a note shown smaller beneath it or, for an item with clocks, one detail
/// per clock, so that an item with two clocks due is one row with both under it.
/// </summary>
internal sealed record ContentRow(IReadOnlyList<string> Cells, string? Note = null)
{
    /// <summary>The item's clocks; their cells fill the columns after the row's own.</summary>
    public IReadOnlyList<ContentDetail> Details { get; init; } = [];

    /// <summary>The links to act on the item from the message (签收, 登记沟通 …), shown under it; often none.</summary>
    public IReadOnlyList<ContentLink> Links { get; init; } = [];
}

/// <summary>A link under an item: what it does, in the message's language, and its address.</summary>
internal sealed record ContentLink(string Label, Uri Url);

/// <summary>A heading, with a table under it when it has columns. Level 1 heads a section, level 2 a group in it.</summary>
internal sealed record ContentBlock(string Heading, int Level, IReadOnlyList<string> Columns, IReadOnlyList<ContentRow> Rows);

/// <summary>
/// A message's content before it is written as HTML or plain text, so that both say the same thing.
/// Every string here is plain text; the HTML writer encodes it.
/// </summary>
/// <param name="Title">The subject.</param>
/// <param name="Greeting">The salutation.</param>
/// <param name="Intro">What the message is about.</param>
/// <param name="Blocks">The sections and their tables.</param>
/// <param name="Footer">Who sent it.</param>
internal sealed record MessageContent(string Title, string Greeting, string Intro, IReadOnlyList<ContentBlock> Blocks, string Footer)
{
    /// <summary>Paragraphs after the intro that stand out (the warning before a break); often none.</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];
}
