using System.Globalization;
using System.Management.Automation;
using SuggestionDesk.Calendar;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Base;

/// <summary>
/// Lets every date parameter take a [datetime], a DateOnly (from our own output), or a string read as ledgers are
/// read (<see cref="CalendarDateText"/>): <c>yyyy-MM-dd</c>, <c>yyyy/M/d</c>, <c>yyyy.M.d</c>, <c>yyyy年M月d日</c> or
/// <c>yyyyMMdd</c>, full-width digits too. An unquoted eight-digit number (PowerShell passes <c>20260317</c> as an
/// int) is read as <c>yyyyMMdd</c>; a string or number in no such form, or a day- or month-first date such as
/// <c>3/10/2021</c>, is refused naming it, instead of being turned silently into year 1 or the wrong month.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class DateTransformationAttribute : ArgumentTransformationAttribute
{
    /// <inheritdoc />
    public override object Transform(EngineIntrinsics engineIntrinsics, object inputData)
    {
        var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
        return value switch
        {
            DateTime date => date.Date,
            DateTimeOffset offset => offset.Date,
            DateOnly day => day.ToDateTime(TimeOnly.MinValue),
            int or long => Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!),
            string text => Parse(text),
            // Anything else goes on to PowerShell's own binding: an object with a From or DueOn property binds
            // by property name, and one that is no date at all gets PowerShell's conversion error.
            _ => inputData!,
        };
    }

    private static DateTime Parse(string text) =>
        CalendarDateText.TryParse(text, out var date, out var expected)
            ? date.ToDateTime(TimeOnly.MinValue)
            : throw new ArgumentTransformationMetadataException(MessageText.Format(Messages.ArgNotADate, TextRules.Quote(text), expected));
}
