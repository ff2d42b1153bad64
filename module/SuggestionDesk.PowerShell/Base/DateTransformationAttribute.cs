using System.Globalization;
using System.Management.Automation;

namespace SuggestionDesk.PowerShell.Base;

/// <summary>
/// Lets every date parameter take a [datetime], a DateOnly (from our own output), or a string:
/// <c>yyyy-MM-dd</c>, <c>yyyy/M/d</c>, <c>yyyy年M月d日</c> or <c>yyyyMMdd</c>; an unquoted eight-digit number
/// (PowerShell passes <c>20260317</c> as an int) is read as <c>yyyyMMdd</c>, and a string or number in no
/// such form is refused naming it, instead of being turned silently into year 1.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class DateTransformationAttribute : ArgumentTransformationAttribute
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy/MM/dd", "yyyy年M月d日", "yyyyMMdd"];

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
        DateTime.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : throw Refuse(text);

    private static ArgumentTransformationMetadataException Refuse(string value) =>
        new($"'{value}' is not a date. Give it as yyyy-MM-dd (e.g. 2021-03-15), yyyy/M/d, yyyy年M月d日 or yyyyMMdd.");
}
