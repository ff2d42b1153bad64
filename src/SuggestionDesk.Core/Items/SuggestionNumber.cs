using SuggestionDesk.Localization;

namespace SuggestionDesk.Items;

/// <summary>
/// The number the congress gave an item (e.g. <c>20210347</c>, <c>2021/0347</c>, <c>第347号</c>).
/// Opaque: it is kept exactly as given, whatever characters it holds, and compared ordinally.
/// </summary>
public sealed record SuggestionNumber : IComparable<SuggestionNumber>
{
    private SuggestionNumber(string value) => Value = value;

    /// <summary>The number exactly as given.</summary>
    public string Value { get; }

    /// <summary>Checks and wraps a number; throws <see cref="ArgumentException"/> naming the value and what to do.</summary>
    public static SuggestionNumber Parse(string? value)
    {
        if (TextRules.IsBlank(value))
        {
            throw new ArgumentException(Messages.ItemNumberMissing);
        }

        if (value.Trim().Length != value.Length)
        {
            throw new ArgumentException(MessageText.Format(Messages.ItemNumberSpaces, TextRules.Quote(value)));
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsControl(value[i]))
            {
                throw new ArgumentException(MessageText.Format(Messages.ItemNumberControl, TextRules.Quote(value), (int)value[i], i + 1));
            }
        }

        TextRules.Required(value, Messages.FieldSuggestionNumber, value.Length);
        var length = TextRules.RuneCount(value);
        if (length > TextRules.NumberMaxLength)
        {
            throw new ArgumentException(MessageText.Format(Messages.ItemNumberTooLong, TextRules.Quote(value), length, TextRules.NumberMaxLength));
        }

        return new SuggestionNumber(value);
    }

    /// <inheritdoc />
    public int CompareTo(SuggestionNumber? other) => string.CompareOrdinal(Value, other?.Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
