namespace SuggestionDesk.HelpBuilder.Model;

/// <summary>A RELATED LINKS entry; <see cref="Uri"/> is empty for a link to another cmdlet by name.</summary>
public sealed record RelatedLink(string Text, string Uri);
