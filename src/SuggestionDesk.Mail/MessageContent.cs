namespace SuggestionDesk.Mail;

/// <summary>One row of a table: its cells, and a note (the explanation) shown smaller beneath it.</summary>
internal sealed record ContentRow(IReadOnlyList<string> Cells, string? Note = null);

/// <summary>A heading, with a table under it when it has columns. Level 1 heads a section, level 2 a group in it.</summary>
internal sealed record ContentBlock(string Heading, int Level, IReadOnlyList<string> Columns, IReadOnlyList<ContentRow> Rows);

/// <summary>
/// A message's content before it is written as HTML or plain text, so that both say the same thing.
/// Every string here is plain text; the HTML writer encodes it.
/// </summary>
internal sealed record MessageContent(string Title, string Greeting, string Intro, IReadOnlyList<ContentBlock> Blocks, string Footer);
