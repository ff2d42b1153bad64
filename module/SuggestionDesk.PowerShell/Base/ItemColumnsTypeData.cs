using System.Management.Automation;
using System.Management.Automation.Runspaces;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Base;

/// <summary>
/// Gives SuggestionItem its view (<see cref="Views.ItemView"/>, through <see cref="Views.ItemPropertyAdapter"/>), and LedgerError its
/// spreadsheet-safe texts (<see cref="Views.LedgerErrorPropertyAdapter"/>), and the core's other shown types their
/// hidden properties in the UI culture's language (<see cref="Views.ShownMembers"/>), in the
/// session that imports the module, and takes it away when the module is removed, as a types.ps1xml would; kept in code
/// so the view cannot drift from the item.
/// </summary>
public sealed class ItemColumnsTypeData : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    // For messages and Remove-TypeData; the type data itself names the type (see Create).
    private const string ItemType = "SuggestionDesk.Items.SuggestionItem";
    private const string LedgerErrorType = "SuggestionDesk.Ledger.LedgerError";

    /// <summary>Adds the view to the importing session's type data.</summary>
    public void OnImport()
    {
        using var shell = Command("Update-TypeData").AddParameter("TypeData", new[] { Create(), CreateLedgerError() }.Concat(Views.ShownMembers.Create()).ToArray()).AddParameter("Force");
        shell.Invoke();
        if (shell.Streams.Error is [var error, ..])
        {
            throw new InvalidOperationException(MessageText.Format(Messages.ViewNotAdded, ItemType, error), error.Exception);
        }
    }

    /// <summary>Removes it with the module (type data is removed by whole type, as Remove-TypeData does).</summary>
    public void OnRemove(PSModuleInfo psModuleInfo)
    {
        using var shell = Command("Remove-TypeData").AddParameter("TypeName", new[] { ItemType, LedgerErrorType }.Concat(Views.ShownMembers.TypeNames).ToArray()).AddParameter("ErrorAction", ActionPreference.Ignore);
        shell.Invoke();
    }

    /// <summary>
    /// The item type's data: the adapter that shows its view. PowerShell checks an adapted type by resolving its name, and
    /// resolves names only among assemblies of the default load context, not the module's own, where SuggestionDesk.Core
    /// lives; a type accelerator of the item's full name lets it resolve (accelerators are looked up before assemblies).
    /// </summary>
    internal static TypeData Create() => Adapted(typeof(SuggestionDesk.Items.SuggestionItem), typeof(Views.ItemPropertyAdapter));

    /// <summary>The ledger error's data: spreadsheet-safe texts (<see cref="Views.LedgerErrorPropertyAdapter"/>), for Export-Csv.</summary>
    internal static TypeData CreateLedgerError() => Adapted(typeof(SuggestionDesk.Ledger.LedgerError), typeof(Views.LedgerErrorPropertyAdapter));

    private static TypeData Adapted(Type type, Type adapter)
    {
        var accelerators = typeof(PSObject).Assembly.GetType("System.Management.Automation.TypeAccelerators");
        accelerators?.GetMethod("Add", [typeof(string), typeof(Type)])?.Invoke(null, [type.FullName, type]);
        return new TypeData(type) { TypeAdapter = adapter };
    }

    private static System.Management.Automation.PowerShell Command(string name) =>
        System.Management.Automation.PowerShell.Create(RunspaceMode.CurrentRunspace).AddCommand("Microsoft.PowerShell.Utility\\" + name);
}
