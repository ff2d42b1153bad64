using System.Globalization;
using System.Management.Automation;

namespace SuggestionDesk.PowerShell.Base;

/// <summary>
/// Lets every date parameter take a [datetime] or a string: <c>yyyy-MM-dd</c>, <c>yyyy/M/d</c> or
/// <c>yyyy年M月d日</c>; a bad string is refused naming it and the forms accepted.
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
            string text when DateTime.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) => parsed,
            string text => throw new ArgumentTransformationMetadataException(
                $"'{text}' is not a date. Give it as yyyy-MM-dd (e.g. 2021-03-15), yyyy/M/d or yyyy年M月d日."),
            _ => value!,
        };
    }
}
