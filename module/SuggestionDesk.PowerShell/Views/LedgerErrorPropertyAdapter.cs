using System.Collections.ObjectModel;
using System.Management.Automation;
using SuggestionDesk.Ledger;
using SuggestionDesk.PowerShell.Localization;
using SuggestionDesk.Spreadsheets;

namespace SuggestionDesk.PowerShell.Views;

/// <summary>
/// Shows a <see cref="LedgerError"/> to PowerShell with texts safe to open in a spreadsheet: the documented way to hand
/// errors back to a department is <c>$result.Errors | Export-Csv</c>, and a value from a hostile ledger such as
/// <c>=HYPERLINK(...)</c> must open as text, as Export-Suggestion writes it. Registered in the module's type data
/// (<see cref="Base.ItemColumnsTypeData"/>). Shown in a table the texts cannot drive the terminal either: control
/// characters are made visible and a giant value is cut. The error's own <c>ToString()</c> quotes the value the same way.
/// </summary>
public sealed class LedgerErrorPropertyAdapter : PSPropertyAdapter
{
    private static readonly (string Name, Type Type, Func<LedgerError, object?> Read)[] Columns =
    [
        ("Row", typeof(int), e => e.Row),
        ("Number", typeof(string), e => e.Number is null ? null : Shown(e.Number)),
        ("Column", typeof(string), e => Shown(e.Column)),
        ("Value", typeof(string), e => Shown(e.Value)),
        ("Expected", typeof(string), e => SpreadsheetCells.Neutralise(e.Expected)),
        // The workbook's sheet of measures (办理措施) for its rows; empty for the ledger's own.
        ("Sheet", typeof(string), e => e.Sheet is null ? null : Shown(e.Sheet)),
    ];

    // What a hostile ledger wrote, as safe on a terminal (control characters and direction overrides shown as \u001B,
    // a giant cell cut) as in a spreadsheet (no formula).
    private static string Shown(string value) => SpreadsheetCells.Neutralise(SuggestionDesk.Items.TextRules.Visible(value));

    /// <inheritdoc />
    public override Collection<PSAdaptedProperty> GetProperties(object baseObject) =>
        new(Columns.Select((c, i) => new PSAdaptedProperty(c.Name, i)).ToList());

    /// <inheritdoc />
    public override PSAdaptedProperty? GetProperty(object baseObject, string propertyName)
    {
        var index = Array.FindIndex(Columns, c => string.Equals(c.Name, propertyName, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : new PSAdaptedProperty(Columns[index].Name, index);
    }

    /// <inheritdoc />
    public override object? GetPropertyValue(PSAdaptedProperty adaptedProperty)
    {
        ArgumentNullException.ThrowIfNull(adaptedProperty);
        return Columns[(int)adaptedProperty.Tag].Read((LedgerError)adaptedProperty.BaseObject);
    }

    /// <inheritdoc />
    public override string GetPropertyTypeName(PSAdaptedProperty adaptedProperty)
    {
        ArgumentNullException.ThrowIfNull(adaptedProperty);
        return Columns[(int)adaptedProperty.Tag].Type.FullName!;
    }

    /// <inheritdoc />
    public override bool IsGettable(PSAdaptedProperty adaptedProperty) => true;

    /// <inheritdoc />
    public override bool IsSettable(PSAdaptedProperty adaptedProperty) => false;

    /// <inheritdoc />
    public override void SetPropertyValue(PSAdaptedProperty adaptedProperty, object value) =>
        throw new NotSupportedException(Messages.LedgerErrorReadOnly);
}
