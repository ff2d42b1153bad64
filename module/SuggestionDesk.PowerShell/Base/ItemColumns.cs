using System.Management.Automation;
using System.Runtime.CompilerServices;
using SuggestionDesk.Calendar;
using SuggestionDesk.Items;

namespace SuggestionDesk.PowerShell.Base;

/// <summary>
/// What is due next on an item, as the columns NextClock, NextClockChinese, NextDue, DueStatus, DueStatusChinese and
/// Provisional show it (<see cref="Views.ItemView"/>): judged by the deadlines and on the day of the cmdlet that wrote
/// the item, computed when first read.
/// </summary>
public static class ItemColumns
{
    // Keyed by the item, so it lives as long as the item does and the object going down the pipeline carries
    // nothing extra: listing many items costs one entry each, and the deadlines are computed only if read.
    private static readonly ConditionalWeakTable<SuggestionItem, ItemDue> Due = new();

    /// <summary>The running clock due first, e.g. Reply; null when nothing is due.</summary>
    public static string? NextClock(SuggestionItem item) => DueOf(item)?.Next?.Clock.ToString();

    /// <summary>That clock in Chinese, e.g. 答复.</summary>
    public static string? NextClockChinese(SuggestionItem item) => DueOf(item)?.Next?.Clock.ChineseName();

    /// <summary>That clock's due date in force.</summary>
    public static DateOnly? NextDue(SuggestionItem item) => DueOf(item)?.Next?.Due;

    /// <summary>Where that clock stands on the day judged, e.g. "overdue by 3 working days".</summary>
    public static string? DueStatus(SuggestionItem item) => DueOf(item)?.Status?.ToString();

    /// <summary>The same in Chinese, e.g. 已逾期3个工作日.</summary>
    public static string? DueStatusChinese(SuggestionItem item) => DueOf(item)?.Status?.ToChinese();

    /// <summary>Whether that due date may still move when a missing year's calendar is loaded.</summary>
    public static bool Provisional(SuggestionItem item) => DueOf(item)?.Next?.IsProvisional ?? false;

    /// <summary>
    /// The item as a cmdlet writes it, judged by <paramref name="deadlines"/> on <paramref name="asOf"/>. Wrapped here,
    /// on the cmdlet's thread, the object keeps this session's type data (the item's view), so Export-Csv, ConvertTo-Json
    /// and serialization in a runspace that has not imported the module (a thread job) still write the columns.
    /// </summary>
    internal static PSObject Output(SuggestionItem item, ItemDeadlines deadlines, DateOnly asOf)
    {
        Due.AddOrUpdate(item, new ItemDue(item, deadlines, asOf));
        return PSObject.AsPSObject(item);
    }

    private static ItemDue? DueOf(SuggestionItem item) => Due.TryGetValue(item, out var due) ? due : null;
}
