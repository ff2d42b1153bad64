using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace SuggestionDesk.PowerShell.Base;

/// <summary>
/// Adds <see cref="ItemColumns"/> to SuggestionItem as code properties in the session that imports the module, and
/// takes them away when it is removed, as a types.ps1xml would; kept in code so they cannot drift from the getters.
/// </summary>
public sealed class ItemColumnsTypeData : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    // By name: naming the type itself would load SuggestionDesk.Core at import rather than at first use.
    private const string ItemType = "SuggestionDesk.Items.SuggestionItem";

    // In the order they are listed before the item's own properties (Format-List *, Export-Csv).
    private static readonly string[] Columns =
    [
        nameof(ItemColumns.RoleChinese), nameof(ItemColumns.NextClock), nameof(ItemColumns.NextClockChinese), nameof(ItemColumns.NextDue),
        nameof(ItemColumns.DueStatus), nameof(ItemColumns.DueStatusChinese), nameof(ItemColumns.Provisional),
    ];

    /// <summary>Adds the columns to the importing session's type data.</summary>
    public void OnImport()
    {
        using var shell = Command("Update-TypeData").AddParameter("TypeData", Create()).AddParameter("Force");
        shell.Invoke();
        if (shell.Streams.Error is [var error, ..])
        {
            throw new InvalidOperationException($"Could not add the columns of {ItemType} to the session: {error}", error.Exception);
        }
    }

    /// <summary>Removes them with the module (type data is removed by whole type, as Remove-TypeData does).</summary>
    public void OnRemove(PSModuleInfo psModuleInfo)
    {
        using var shell = Command("Remove-TypeData").AddParameter("TypeName", ItemType).AddParameter("ErrorAction", ActionPreference.Ignore);
        shell.Invoke();
    }

    /// <summary>The item type's extra members: one code property per column.</summary>
    internal static TypeData Create()
    {
        var data = new TypeData(ItemType);
        foreach (var column in Columns)
        {
            data.Members.Add(column, new CodePropertyData(column, typeof(ItemColumns).GetMethod(column)));
        }

        return data;
    }

    private static System.Management.Automation.PowerShell Command(string name) =>
        System.Management.Automation.PowerShell.Create(RunspaceMode.CurrentRunspace).AddCommand("Microsoft.PowerShell.Utility\\" + name);
}
