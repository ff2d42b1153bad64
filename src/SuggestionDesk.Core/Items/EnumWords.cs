using System.Text;

namespace SuggestionDesk.Items;

/// <summary>
/// The words people write for the values of one enum: its English name (read without regard to case), the Chinese
/// words views show and people type (the first is the value's Chinese name), and further Chinese forms that ledgers
/// write (主办件, 人大代表建议) which are read but not offered. Spaces and full-width forms are ignored when reading.
/// </summary>
/// <typeparam name="T">The enum.</typeparam>
public sealed class EnumWords<T> : IEnumWords
    where T : struct, Enum
{
    private readonly Dictionary<string, T> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<T, string[]> offered = [];

    /// <summary>Defines the words; every value of <typeparamref name="T"/> must have at least one Chinese word.</summary>
    /// <param name="noun">What a value is, for messages, e.g. "handling role".</param>
    /// <param name="words">Per value, the Chinese words offered (the name first) and those only read.</param>
    public EnumWords(string noun, params (T Value, string[] Chinese, string[] AlsoRead)[] words)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(noun);
        Noun = noun;
        foreach (var (value, chinese, alsoRead) in words)
        {
            offered.Add(value, chinese);
            foreach (var word in chinese.Concat(alsoRead).Prepend(value.ToString()))
            {
                byKey.Add(Key(word), value);
            }
        }

        var missing = Enum.GetValues<T>().Where(v => !offered.ContainsKey(v) || offered[v].Length == 0).ToArray();
        if (missing.Length > 0)
        {
            throw new ArgumentException($"No Chinese word for {typeof(T).Name} {string.Join(", ", missing)}.", nameof(words));
        }

    }

    /// <inheritdoc />
    public Type EnumType => typeof(T);

    /// <inheritdoc />
    public string Noun { get; }

    /// <inheritdoc />
    public string Expected => Localization.MessageText.Current == Language.Chinese
        ? Join(Enum.GetValues<T>().Select(v => $"{string.Join("/", offered[v])}（{v}）").ToArray())
        : Join(Enum.GetValues<T>().Select(v => $"{v} ({string.Join("/", offered[v])})").ToArray());

    /// <summary>The Chinese name views and ledgers write, e.g. 主办.</summary>
    public string ChineseName(T value) => offered.TryGetValue(value, out var words)
        ? words[0]
        : throw new ArgumentOutOfRangeException(nameof(value), value, $"Unknown {Noun}.");

    /// <summary>The name of <paramref name="value"/> in <paramref name="language"/>: its Chinese name (主办) or its English one (Lead).</summary>
    public string Name(T value, Language language) => language == Language.Chinese ? ChineseName(value) : value.ToString();

    /// <summary>The name of <paramref name="value"/> in the language of the current UI culture (<see cref="Localization.MessageText.Current"/>).</summary>
    public string Shown(T value) => Name(value, Localization.MessageText.Current);

    /// <inheritdoc />
    string IEnumWords.Shown(object value) => Shown((T)value);

    /// <summary>The Chinese words offered for <paramref name="value"/>, its name first.</summary>
    public IReadOnlyList<string> ChineseWords(T value) => offered[value];

    /// <summary>Reads an English name or a Chinese word.</summary>
    public bool TryRead(string? text, out T value)
    {
        value = default;
        return text is not null && byKey.TryGetValue(Key(text), out value);
    }

    /// <inheritdoc />
    bool IEnumWords.TryRead(string? text, out object? value)
    {
        var found = TryRead(text, out T read);
        value = found ? read : null;
        return found;
    }

    /// <inheritdoc />
    public IEnumerable<(object Value, string English, IReadOnlyList<string> Chinese)> Values =>
        Enum.GetValues<T>().Select(v => ((object)v, v.ToString(), (IReadOnlyList<string>)offered[v]));

    private static string Key(string text) =>
        new(text.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).Select(char.ToLowerInvariant).ToArray());

    private static string Join(string[] parts) =>
        parts.Length < 2 ? string.Concat(parts) : string.Join(Localization.Messages.WordListSeparator, parts[..^1]) + Localization.Messages.WordOr + parts[^1];
}
