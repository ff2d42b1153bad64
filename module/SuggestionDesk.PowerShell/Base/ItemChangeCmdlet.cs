using System.Management.Automation;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Base;

/// <summary>
/// The base of cmdlets that change one item: the item comes by <c>-Number</c> or piped from
/// <c>Get-Suggestion</c> (with the version it was read at, so a stale copy is refused); <c>-Force</c>
/// overwrites anyway; <c>-WhatIf</c>/<c>-Confirm</c> work; <c>-PassThru</c> returns the changed item.
/// </summary>
public abstract class ItemChangeCmdlet : ItemCmdlet
{
    /// <summary>Returns the changed item.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>Applies <paramref name="change"/> to the item if the user agrees to <paramref name="action"/>.</summary>
    protected void Change(string action, Action<SuggestionItem, ChangeContext> change) =>
        Change(action, (service, number, by) => service.ChangeAsync(number, Version, Force, item => change(item, by), Cancellation));

    /// <summary>Calls a service operation on the item if the user agrees to <paramref name="action"/>.</summary>
    protected void Change(string action, Func<Services.SuggestionService, SuggestionNumber, ChangeContext, Task<SuggestionItem>> operation)
    {
        var number = ParseNumber(Number);
        if (!ShouldChange(MessageText.Format(Messages.TargetSuggestion, number), action))
        {
            return;
        }

        var service = Service;
        var item = Run(operation(service, number, ChangeBy(By)));
        Changed(item);
        if (PassThru)
        {
            WriteObject(ItemColumns.Output(item, service.Deadlines, Today));
        }
    }

    /// <summary>Called with the item as saved, on the pipeline's thread (for a warning about what the change means).</summary>
    protected virtual void Changed(SuggestionItem item)
    {
    }

    /// <summary>A date parameter's value as a calendar date, or today.</summary>
    protected static DateOnly DateOr(DateTime? value) => value is { } date ? DateOnly.FromDateTime(date) : Today;
}
