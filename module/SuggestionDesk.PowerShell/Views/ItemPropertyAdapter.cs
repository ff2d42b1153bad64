using System.Collections.ObjectModel;
using System.Management.Automation;
using SuggestionDesk.Items;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Views;

/// <summary>
/// Shows a <see cref="SuggestionItem"/> to PowerShell as <see cref="ItemView"/> lists it. Registered as the item
/// type's adapter in the module's type data (<see cref="Base.ItemColumnsTypeData"/>). Names it does not know (Version,
/// methods) fall through to the item's own .NET members, so scripts and piping by property name keep working; the
/// cmdlets themselves take the item, not this view.
/// </summary>
public sealed class ItemPropertyAdapter : PSPropertyAdapter
{
    /// <inheritdoc />
    public override Collection<PSAdaptedProperty> GetProperties(object baseObject) =>
        new(ItemView.Columns.Select(c => new PSAdaptedProperty(c.Name, c)).ToList());

    /// <inheritdoc />
    public override PSAdaptedProperty? GetProperty(object baseObject, string propertyName) =>
        ItemView.Find(propertyName) is { } column ? new PSAdaptedProperty(column.Name, column) : null;

    /// <inheritdoc />
    public override object? GetPropertyValue(PSAdaptedProperty adaptedProperty)
    {
        ArgumentNullException.ThrowIfNull(adaptedProperty);
        return ((ItemViewColumn)adaptedProperty.Tag).Read((SuggestionItem)adaptedProperty.BaseObject);
    }

    /// <inheritdoc />
    public override string GetPropertyTypeName(PSAdaptedProperty adaptedProperty)
    {
        ArgumentNullException.ThrowIfNull(adaptedProperty);
        return ((ItemViewColumn)adaptedProperty.Tag).Type.FullName ?? "System.Object";
    }

    /// <inheritdoc />
    public override bool IsGettable(PSAdaptedProperty adaptedProperty) => true;

    /// <inheritdoc />
    public override bool IsSettable(PSAdaptedProperty adaptedProperty) => false;

    /// <inheritdoc />
    public override void SetPropertyValue(PSAdaptedProperty adaptedProperty, object value) =>
        throw new NotSupportedException(Messages.ItemReadOnly);
}
