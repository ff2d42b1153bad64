using System.Management.Automation;
using System.Runtime.CompilerServices;
using SuggestionDesk.Calendar;
using SuggestionDesk.Items;

namespace SuggestionDesk.PowerShell.Base;

/// <summary>
/// The columns an item shows beside its own properties, so the default table shows what is due next and
/// scripts can sort and filter on it: RoleChinese, NextClock, NextClockChinese, NextDue, DueStatus,
/// DueStatusChinese and Provisional. They are code properties of the item's type (<see cref="ItemColumnsTypeData"/>),
/// computed when first read, from the deadlines and the day of the cmdlet that wrote the item.
/// </summary>
public static class ItemColumns
{
    // Keyed by the item, so it lives as long as the item does and the object going down the pipeline carries
    // nothing extra: listing many items costs one entry each, and the deadlines are computed only if read.
    private static readonly ConditionalWeakTable<SuggestionItem, ItemDue> Due = new();

    /// <summary>The handling role in Chinese, e.g. 主办.</summary>
    public static string? RoleChinese(PSObject instance) => instance.BaseObject is SuggestionItem item ? item.Role.ChineseName() : null;

    /// <summary>The running clock due first, e.g. Reply; null when nothing is due.</summary>
    public static string? NextClock(PSObject instance) => DueOf(instance)?.Next?.Clock.ToString();

    /// <summary>That clock in Chinese, e.g. 答复.</summary>
    public static string? NextClockChinese(PSObject instance) => DueOf(instance)?.Next?.Clock.ChineseName();

    /// <summary>That clock's due date in force.</summary>
    public static DateOnly? NextDue(PSObject instance) => DueOf(instance)?.Next?.Due;

    /// <summary>Where that clock stands on the day judged, e.g. "overdue by 3 working days".</summary>
    public static string? DueStatus(PSObject instance) => DueOf(instance)?.Status?.ToString();

    /// <summary>The same in Chinese, e.g. 已逾期3个工作日.</summary>
    public static string? DueStatusChinese(PSObject instance) => DueOf(instance)?.Status?.ToChinese();

    /// <summary>Whether that due date may still move when a missing year's calendar is loaded.</summary>
    public static bool Provisional(PSObject instance) => DueOf(instance)?.Next?.IsProvisional ?? false;

    /// <summary>
    /// The item as a cmdlet writes it, judged by <paramref name="deadlines"/> on <paramref name="asOf"/>. Wrapped here,
    /// on the cmdlet's thread, the object keeps this session's type data, so Export-Csv, ConvertTo-Json and
    /// serialization in a runspace that has not imported the module (a thread job) still write the columns; reading
    /// one there as <c>$_.NextDue</c> needs the module imported in that runspace.
    /// </summary>
    internal static PSObject Output(SuggestionItem item, ItemDeadlines deadlines, DateOnly asOf)
    {
        Due.AddOrUpdate(item, new ItemDue(item, deadlines, asOf));
        return PSObject.AsPSObject(item);
    }

    private static ItemDue? DueOf(PSObject instance) =>
        instance.BaseObject is SuggestionItem item && Due.TryGetValue(item, out var due) ? due : null;
}
