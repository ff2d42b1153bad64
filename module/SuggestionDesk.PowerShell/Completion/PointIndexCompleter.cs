using System.Collections;
using System.Globalization;
using System.Management.Automation;
using System.Management.Automation.Language;
using SuggestionDesk.Items;
using SuggestionDesk.PowerShell.Connection;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Completion;

/// <summary>
/// Completes a point's number from the points of the item named by -Number, each shown with its wording (and, for
/// Set-SuggestionPoint, the next number, to add one). Like the other completers it never connects on its own and never
/// fails the command line.
/// </summary>
public sealed class PointIndexCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        ArgumentNullException.ThrowIfNull(fakeBoundParameters);
        if (SessionConnections.Current is not { } connection || fakeBoundParameters["Number"]?.ToString() is not { Length: > 0 } number)
        {
            return [];
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            var item = connection.Storage.Items.FindAsync(SuggestionNumber.Parse(number), timeout.Token).GetAwaiter().GetResult();
            if (item is null)
            {
                return [];
            }

            var points = item.SubPoints.Select((p, i) => (Index: i + 1, Text: TextRules.Shorten(p.Title)));
            if (string.Equals(commandName, "Set-SuggestionPoint", StringComparison.OrdinalIgnoreCase))
            {
                points = points.Append((item.SubPoints.Count + 1, Messages.PointNew));
            }

            return points
                .Select(p => (Value: p.Index.ToString(CultureInfo.InvariantCulture), p.Text))
                .Where(p => p.Value.StartsWith(CompletionText.Typed(wordToComplete), StringComparison.Ordinal))
                .Select(p => new CompletionResult(p.Value, $"{p.Value} {p.Text}", CompletionResultType.ParameterValue, p.Text))
                .ToArray();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return [];
        }
    }
}
