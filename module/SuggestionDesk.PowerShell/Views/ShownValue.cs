using System.Globalization;
using System.Management.Automation;
using System.Runtime.CompilerServices;
using SuggestionDesk.Items;

namespace SuggestionDesk.PowerShell.Views;

/// <summary>
/// A value as an item's view shows it: the value itself, wrapped with a <c>ToString</c> of its own so Export-Csv,
/// ConvertTo-Csv and Format-List write <c>2021-03-15</c> rather than the culture's date, and <c>智慧城市、数字政府</c>
/// rather than a list's type name. Scripts still get the value: <c>$item.AssignedOn.Year</c>, <c>-lt</c>,
/// <c>Sort-Object</c> and <c>$item.Topics -contains '智慧城市'</c> see the DateOnly or the list under the wrapper, and
/// <c>$item.AssignedOn.ToString('yyyy年M月d日')</c> formats it as asked.
/// </summary>
public static class ShownValue
{
    private static readonly System.Reflection.MethodInfo TextMethod = typeof(ShownValue).GetMethod(nameof(Text))!;

    // The text of a wrapped list or element, kept beside it for as long as it lives.
    private static readonly ConditionalWeakTable<object, StrongBox<string>> Texts = new();

    /// <summary>A calendar date, shown <c>yyyy-MM-dd</c>; null stays null.</summary>
    public static PSObject? Date(DateOnly? date) => date is { } day ? Wrap(day) : null;

    /// <summary>A moment, shown <c>yyyy-MM-dd HH:mm</c> in the office's time (China Standard Time).</summary>
    public static PSObject Moment(DateTimeOffset moment) => Wrap(moment);

    /// <summary>A list, its elements shown by <paramref name="show"/> and joined with <paramref name="separator"/>.</summary>
    public static PSObject List<T>(IReadOnlyList<T> items, Func<T, string> show, string separator)
    {
        ArgumentNullException.ThrowIfNull(items);
        // Each element keeps its own text too, so Format-List * shows {2021-05-20 A, 2021-08-02 B 跟踪办理}.
        var elements = items.Select(i => Wrap(i!, show(i))).ToList();
        return Wrap(elements, string.Join(separator, elements.Select(e => e.ToString())));
    }

    /// <summary>
    /// The <c>ToString</c> of a shown value (a code method, so it needs no runspace): without arguments the view's
    /// text; with a format (and a format provider) the value's own <c>ToString(format, provider)</c>.
    /// </summary>
    public static string Text(PSObject instance, params object?[]? arguments)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var value = instance.BaseObject;
        if (arguments is { Length: > 0 } && value is IFormattable formattable)
        {
            var format = arguments[0] is null ? null : LanguagePrimitives.ConvertTo<string>(arguments[0]);
            var provider = arguments.Length > 1 ? LanguagePrimitives.ConvertTo<IFormatProvider>(arguments[1]) : null;
            return formattable.ToString(format, provider);
        }

        return value switch
        {
            DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTimeOffset moment => InOfficeTime(moment),
            _ => Texts.TryGetValue(value, out var text) ? text.Value ?? string.Empty : value.ToString() ?? string.Empty,
        };
    }

    /// <summary>A moment as the office reads it: in China Standard Time whatever the machine's zone, 2026-12-07 09:00.</summary>
    internal static string InOfficeTime(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, OfficeTime.China).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static PSObject Wrap(object value, string? text = null)
    {
        var wrapped = new PSObject(value);
        if (text is not null && value is not ValueType && value is not string)
        {
            Texts.AddOrUpdate(value, new StrongBox<string>(text));
        }

        wrapped.Members.Add(new PSCodeMethod("ToString", TextMethod));
        return wrapped;
    }
}
