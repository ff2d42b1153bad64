namespace SuggestionDesk.Calendar;

/// <summary>How long a clock runs: an amount of working days or calendar months, or until the end of the year.</summary>
/// <param name="Amount">How many units; at least 1 (always 1 for <see cref="DeadlineUnit.EndOfYear"/>).</param>
/// <param name="Unit">Working days, months or the end of the year.</param>
public sealed record DeadlineRule(int Amount, DeadlineUnit Unit)
{
    /// <summary>N working days.</summary>
    public static DeadlineRule WorkingDays(int amount) => new(Checked(amount), DeadlineUnit.WorkingDays);

    /// <summary>N calendar months.</summary>
    public static DeadlineRule Months(int amount) => new(Checked(amount, months: true), DeadlineUnit.Months);

    /// <summary>December 31 of the year the clock starts in.</summary>
    public static DeadlineRule EndOfYear { get; } = new(1, DeadlineUnit.EndOfYear);

    /// <summary>The rule of <paramref name="amount"/> <paramref name="unit"/>, refused naming the value when it is not usable.</summary>
    public static DeadlineRule Of(int amount, DeadlineUnit unit) => unit switch
    {
        DeadlineUnit.WorkingDays => WorkingDays(amount),
        DeadlineUnit.Months => Months(amount),
        DeadlineUnit.EndOfYear when amount == 1 => EndOfYear,
        DeadlineUnit.EndOfYear => throw new ArgumentOutOfRangeException(Localization.MessageText.Format(Localization.Messages.DeadlineEndOfYearAmount, amount), innerException: null),
        _ => throw new ArgumentOutOfRangeException(Localization.MessageText.Format(Localization.Messages.DeadlineUnitUnknown, unit), innerException: null),
    };

    /// <summary>e.g. "3 working days", "1 month", "the end of the year".</summary>
    public override string ToString() => Unit switch
    {
        DeadlineUnit.WorkingDays => $"{Amount} working day{(Amount == 1 ? "" : "s")}",
        DeadlineUnit.EndOfYear => "the end of the year",
        _ => $"{Amount} month{(Amount == 1 ? "" : "s")}",
    };

    /// <summary>e.g. 3个工作日, 3个月, 当年年底.</summary>
    public string ToChinese() => Unit switch
    {
        DeadlineUnit.WorkingDays => $"{Amount}个工作日",
        DeadlineUnit.EndOfYear => "当年年底",
        _ => $"{Amount}个月",
    };

    // Without a parameter name, so the message reads as written wherever it is shown.
    /// <summary>The rule in the language of the current UI culture (3个工作日 or "3 working days"), for messages.</summary>
    public string Shown() => Localization.MessageText.Current == Items.Language.Chinese ? ToChinese() : ToString();

    private static int Checked(int amount, bool months = false) => amount is >= 1 and <= 1_000
        ? amount
        : throw new ArgumentOutOfRangeException(
            Localization.MessageText.Format(
                Localization.Messages.DeadlineAmountInvalid,
                amount,
                months ? Localization.Messages.DeadlineUnitMonths : Localization.Messages.DeadlineUnitWorkingDays),
            innerException: null);
}
