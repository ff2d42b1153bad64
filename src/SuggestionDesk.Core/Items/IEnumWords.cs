namespace SuggestionDesk.Items;

/// <summary>The words of one enum (<see cref="EnumWords{T}"/>) for code that knows the enum only as a <see cref="Type"/>.</summary>
public interface IEnumWords
{
    /// <summary>The enum.</summary>
    Type EnumType { get; }

    /// <summary>What a value is, for messages, e.g. "handling role".</summary>
    string Noun { get; }

    /// <summary>Every value with its words, for messages: <c>Lead (主办), Sole (承办), Split (分办) or Joint (会办/汇办/协办)</c>.</summary>
    string Expected { get; }

    /// <summary>Every value, in declaration order, with its English name and the Chinese words offered.</summary>
    IEnumerable<(object Value, string English, IReadOnlyList<string> Chinese)> Values { get; }

    /// <summary>The name of <paramref name="value"/> (a boxed value of the enum) in the current UI culture's language: 主办 or Lead.</summary>
    string Shown(object value);

    /// <summary>Reads an English name (any case) or a Chinese word; <paramref name="value"/> is the boxed enum value.</summary>
    bool TryRead(string? text, out object? value);
}
