using System.Collections;
using System.Management.Automation;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Base;

/// <summary>
/// Lets a priority parameter take what a ledger cell holds: each value may be one word (<c>重点</c>, <c>Key</c>) or a list
/// (<c>重点、热点</c>, <c>Key,Hot</c>), so <c>-Priority 重点, 热点</c>, <c>-Priority '重点、热点'</c> and a CSV column piped by
/// name all read alike, with the words of <see cref="ItemPriorityNames"/>. The parameter receives each priority's
/// English name once (an empty list clears them); a word of no priority is refused naming it and every accepted word.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class PriorityWordsAttribute : ArgumentTransformationAttribute
{
    /// <inheritdoc />
    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        var value = Unwrap(inputData);
        IEnumerable<object?> values = value switch
        {
            null => [],
            string text => [text],
            IList list => list.Cast<object?>().Select(Unwrap),
            _ => [value],
        };
        var read = new List<ItemPriority>();
        foreach (var text in values.Select(v => v?.ToString() ?? string.Empty))
        {
            if (!ItemPriorityNames.TryReadList(text, out var priorities, out var unknown))
            {
                throw new ArgumentTransformationMetadataException(
                    MessageText.Format(Messages.ArgNotAPriority, TextRules.Quote(unknown!), ItemPriorityNames.ListExpected));
            }

            read.AddRange(priorities);
        }

        return ItemPriorityNames.Normalize(read).Select(p => p.ToString()).ToArray();
    }

    private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;
}
