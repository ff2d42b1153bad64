using System.Management.Automation;
using SuggestionDesk.Actions;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Completion;

namespace SuggestionDesk.PowerShell.Actions;

/// <summary>
/// <para type="synopsis">Gets the links reminders carried for a suggestion (签收, 登记沟通 …): the live ones, or with -All every one ever issued.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "SuggestionActionLink")]
[OutputType(typeof(ActionLinkView))]
public sealed class GetSuggestionActionLinkCommand : SuggestionCmdlet
{
    /// <summary>The item's number.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(NumberCompleter))]
    [ValidateNotNullOrEmpty]
    public string Number { get; set; } = string.Empty;

    /// <summary>Also the links used, expired or revoked.</summary>
    [Parameter]
    public SwitchParameter All { get; set; }

    /// <inheritdoc />
    protected override object? ErrorTarget => Number;

    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        var number = ParseNumber(Number);
        var now = TimeProvider.System.GetUtcNow();
        foreach (var link in Services.ActionLinks(Cancellation).ListAsync(number, Cancellation).ToBlockingEnumerable(Cancellation))
        {
            if (All || link.StateAt(now) == ActionLinkState.Live)
            {
                WriteObject(new ActionLinkView(link, now));
            }
        }
    }
}
