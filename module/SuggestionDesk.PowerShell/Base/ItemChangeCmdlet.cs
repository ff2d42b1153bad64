using System.Management.Automation;
using SuggestionDesk.Items;

namespace SuggestionDesk.PowerShell.Base;

/// <summary>
/// The base of cmdlets that change one item: the item comes by <c>-Number</c> or piped from
/// <c>Get-Suggestion</c> (with the version it was read at, so a stale copy is refused); <c>-Force</c>
/// overwrites anyway; <c>-WhatIf</c>/<c>-Confirm</c> work; <c>-PassThru</c> returns the changed item.
/// </summary>
public abstract class ItemChangeCmdlet : SuggestionCmdlet
{
    /// <summary>The item's number.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(Completion.NumberCompleter))]
    [ValidateNotNullOrEmpty]
    public string Number { get; set; } = string.Empty;

    /// <summary>The version a piped copy was read at; a change to a copy that is no longer current is refused.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
    public string? Version { get; set; }

    /// <summary>Overwrites even if the item changed since the copy was read.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Who makes the change, for the history; by default the signed-in user.</summary>
    [Parameter]
    public string? By { get; set; }

    /// <summary>Returns the changed item.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override object? ErrorTarget => Number;

    /// <summary>Applies <paramref name="change"/> to the item if the user agrees to <paramref name="action"/>.</summary>
    protected void Change(string action, Action<SuggestionItem, ChangeContext> change) =>
        Change(action, (service, number, by) => service.ChangeAsync(number, Version, Force, item => change(item, by), Cancellation));

    /// <summary>Calls a service operation on the item if the user agrees to <paramref name="action"/>.</summary>
    protected void Change(string action, Func<Services.SuggestionService, SuggestionNumber, ChangeContext, Task<SuggestionItem>> operation)
    {
        var number = ParseNumber(Number);
        if (!ShouldProcess($"Suggestion '{number}'", action))
        {
            return;
        }

        var service = Service;
        var item = Run(operation(service, number, ChangeBy(By)));
        if (PassThru)
        {
            WriteObject(ItemOutput.Wrap(item, service.Deadlines, Today));
        }
    }

    /// <summary>A date parameter's value as a calendar date, or today.</summary>
    protected static DateOnly DateOr(DateTime? value) => value is { } date ? DateOnly.FromDateTime(date) : Today;
}
