namespace SuggestionDesk.HelpBuilder.Markdown;

/// <summary>A block of a markdown doc; <see cref="Line"/> is 1-based, for messages.</summary>
public abstract record MarkdownBlock(int Line);

/// <summary>An ATX heading: <c>## SYNOPSIS</c> is level 2, text <c>SYNOPSIS</c>.</summary>
public sealed record HeadingBlock(int Line, int Level, string Text) : MarkdownBlock(Line);

/// <summary>A fenced code block; <see cref="Info"/> is the word after the fence (<c>powershell</c>, <c>yaml</c>), possibly empty.</summary>
public sealed record FenceBlock(int Line, string Info, string Code) : MarkdownBlock(Line);

/// <summary>A paragraph or one list item, as its raw lines.</summary>
public sealed record TextBlock(int Line, IReadOnlyList<string> Lines) : MarkdownBlock(Line);
