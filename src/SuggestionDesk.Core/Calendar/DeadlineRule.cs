namespace SuggestionDesk.Calendar;

/// <summary>How long a clock runs: an amount of working days or calendar months.</summary>
/// <param name="Amount">How many units; at least 1.</param>
/// <param name="Unit">Working days or months.</param>
public sealed record DeadlineRule(int Amount, DeadlineUnit Unit)
{
    /// <summary>N working days.</summary>
    public static DeadlineRule WorkingDays(int amount) => new(Checked(amount), DeadlineUnit.WorkingDays);

    /// <summary>N calendar months.</summary>
    public static DeadlineRule Months(int amount) => new(Checked(amount), DeadlineUnit.Months);

    /// <summary>e.g. "3 working days", "1 month".</summary>
    public override string ToString() => Unit == DeadlineUnit.WorkingDays
        ? $"{Amount} working day{(Amount == 1 ? "" : "s")}"
        : $"{Amount} month{(Amount == 1 ? "" : "s")}";

    /// <summary>e.g. 3个工作日, 3个月.</summary>
    public string ToChinese() => Unit == DeadlineUnit.WorkingDays ? $"{Amount}个工作日" : $"{Amount}个月";

    private static int Checked(int amount) => amount is >= 1 and <= 1_000
        ? amount
        : throw new ArgumentOutOfRangeException(nameof(amount), amount, $"A deadline of {amount} is not usable; give 1 to 1000.");
}
