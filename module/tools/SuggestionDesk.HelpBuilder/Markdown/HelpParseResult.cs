using SuggestionDesk.HelpBuilder.Model;

namespace SuggestionDesk.HelpBuilder.Markdown;

/// <summary>What one doc gave: the help when it is complete, otherwise the problems that name what to fix.</summary>
public sealed record HelpParseResult(string File, CommandHelp? Help, IReadOnlyList<HelpProblem> Problems)
{
    /// <summary>True when the doc is complete and <see cref="Help"/> is set.</summary>
    public bool Succeeded => Help is not null;
}
