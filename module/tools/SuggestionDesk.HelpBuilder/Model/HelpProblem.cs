namespace SuggestionDesk.HelpBuilder.Model;

/// <summary>Something in a doc (or missing from it) that stops the help from being built.</summary>
/// <param name="File">The doc's file name (e.g. <c>Get-Suggestion.md</c>), or the cmdlet's name when it has no doc.</param>
/// <param name="Message">What is wrong and what to do.</param>
public sealed record HelpProblem(string File, string Message)
{
    public override string ToString() => $"{File}: {Message}";
}
