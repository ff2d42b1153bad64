using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using SuggestionDesk.Items;

namespace SuggestionDesk.PowerShell.Completion;

/// <summary>
/// Completes an enum parameter with its English names and its Chinese words (<see cref="EnumWords{T}"/>), each shown
/// beside its other-language name, e.g. <c>已签收 SignedFor</c>.
/// </summary>
/// <typeparam name="T">The parameter's enum.</typeparam>
public sealed class EnumWordsCompleter<T> : IArgumentCompleter
    where T : struct, Enum
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var words = ItemWords.For(typeof(T));
        if (words is null)
        {
            return [];
        }

        var typed = CompletionText.Typed(wordToComplete);
        var english = words.Values.Select(v => (Text: v.English, Shown: $"{v.English} {string.Join("/", v.Chinese)}"));
        var chinese = words.Values.SelectMany(v => v.Chinese.Select(word => (Text: word, Shown: $"{word} {v.English}")));
        return english.Concat(chinese)
            .Where(w => w.Text.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .Select(w => new CompletionResult(CompletionText.For(w.Text), w.Shown, CompletionResultType.ParameterValue, w.Shown))
            .ToArray();
    }
}
