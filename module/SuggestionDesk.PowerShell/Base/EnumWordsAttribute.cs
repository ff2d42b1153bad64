using System.Collections;
using System.Management.Automation;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Base;

/// <summary>
/// Lets an enum parameter take the words people use: the English name in any case (<c>signedfor</c>) or a Chinese
/// word (<c>已签收</c>, <c>会办</c>, <c>电话联系</c>), as the core's <see cref="EnumWords{T}"/> for the enum defines them, so
/// a parameter reads exactly what a ledger reads. A word of no value is refused naming it and every accepted word,
/// in both languages. The parameter receives the English name: it is a string (or string[]) rather than the enum,
/// because PowerShell completes an enum-typed parameter with the enum's names alone and never asks the parameter's
/// <see cref="ArgumentCompleterAttribute"/>, which offers the Chinese words too; <see cref="Parse{T}"/> reads it back.
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
            Enum known when known.GetType() == words.EnumType => known.ToString(),
            // An array parameter (-Status 已交办, 已签收) gets every element read.
            IList list => list.Cast<object?>().Select(Unwrap).Select(v => v is null ? null : Read(v.ToString() ?? string.Empty)).ToArray(),
            _ => inputData,
        };
    }

    /// <summary>The enum value of a parameter this attribute has read (its English name).</summary>
    public static T Parse<T>(string name)
        where T : struct, Enum => Enum.Parse<T>(name, ignoreCase: true);

    private string Read(string text) =>
        words.TryRead(text, out var value) && value is not null
            ? value.ToString()!
            : throw new ArgumentTransformationMetadataException(MessageText.Format(Messages.ArgNotAWord, TextRules.Quote(text), $"{Article(words.Noun)} {words.Noun}", words.Expected));

    private static string Article(string noun) => "aeiou".Contains(char.ToLowerInvariant(noun[0]), StringComparison.Ordinal) ? "an" : "a";

    private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;
}
