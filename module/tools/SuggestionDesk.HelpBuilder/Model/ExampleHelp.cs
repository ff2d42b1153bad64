namespace SuggestionDesk.HelpBuilder.Model;

/// <summary>One example: the title after <c>###</c>, the code of its leading fenced blocks, and the text that explains it.</summary>
public sealed record ExampleHelp(string Title, string Code, IReadOnlyList<string> Remarks);
