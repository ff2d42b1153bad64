using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using SuggestionDesk.Items;

namespace SuggestionDesk.PowerShell.Completion;

/// <summary>Completes result classes (A 解决采纳, B 正在解决或列入计划, ...), showing their labels.</summary>
public sealed class ResultClassCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        ResultClassScheme.Default.Classes
            .Where(c => c.Code.StartsWith(CompletionText.Typed(wordToComplete), StringComparison.OrdinalIgnoreCase))
            .Select(c => new CompletionResult(CompletionText.For(c.Code), $"{c.Code} {c.Label}", CompletionResultType.ParameterValue, c.ToString()));
}
