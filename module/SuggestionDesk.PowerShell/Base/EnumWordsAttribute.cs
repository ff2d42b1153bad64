using System.Collections;
using System.Management.Automation;
using SuggestionDesk.Items;

namespace SuggestionDesk.PowerShell.Base;

/// <summary>
/// Lets an enum parameter take the words people use: the English name in any case (<c>signedfor</c>) or a Chinese
/// word (<c>已签收</c>, <c>会办</c>, <c>电话联系</c>), as the core's <see cref="EnumWords{T}"/> for the enum defines them, so
/// a parameter reads exactly what a ledger reads. A word of no value is refused naming it and every accepted word,
/// in both languages. Enum values (e.g. an item's own Role, bound by property name) pass through.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class EnumWordsAttribute : ArgumentTransformationAttribute
{
    private readonly IEnumWords words;

    /// <summary>Reads words of <paramref name="enumType"/>, which must have words in the core (<see cref="ItemWords"/>).</summary>
    public EnumWordsAttribute(Type enumType) =>
        words = ItemWords.For(enumType) ?? throw new ArgumentException($"{enumType} has no words in ItemWords.", nameof(enumType));

    /// <inheritdoc />
    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        var value = Unwrap(inputData);
        return value switch
        {
            string text => Read(text),
            // An array parameter (-Status 已交办, 已签收) gets every element read.
            IList list => list.Cast<object?>().Select(Unwrap).Select(v => v is string text ? Read(text) : v).ToArray(),
            _ => inputData,
        };
    }

    private object Read(string text) =>
        words.TryRead(text, out var value) && value is not null
            ? value
            : throw new ArgumentTransformationMetadataException($"'{text}' is not a {words.Noun}. Give {words.Expected}.");

    private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;
}
