using System.Management.Automation;
using SuggestionDesk.Calendar;
using SuggestionDesk.Items;

namespace SuggestionDesk.PowerShell.Base;

/// <summary>
/// Items as cmdlets write them: the item itself, with note properties for what is due next, so the default
/// table shows it and scripts can sort and filter on it.
/// </summary>
internal static class ItemOutput
{
    public static PSObject Wrap(SuggestionItem item, ItemDeadlines deadlines, DateOnly asOf)
    {
        var output = PSObject.AsPSObject(item);
        var next = deadlines.Next(item, asOf);
        var status = next?.StatusOn(asOf, deadlines.Calendar);
        output.Properties.Add(new PSNoteProperty("RoleChinese", item.Role.ChineseName()));
        output.Properties.Add(new PSNoteProperty("NextClock", next?.Clock.ToString()));
        output.Properties.Add(new PSNoteProperty("NextClockChinese", next?.Clock.ChineseName()));
        output.Properties.Add(new PSNoteProperty("NextDue", next?.Due));
        output.Properties.Add(new PSNoteProperty("DueStatus", status?.ToString()));
        output.Properties.Add(new PSNoteProperty("DueStatusChinese", status?.ToChinese()));
        output.Properties.Add(new PSNoteProperty("Provisional", next?.IsProvisional ?? false));
        return output;
    }
}
