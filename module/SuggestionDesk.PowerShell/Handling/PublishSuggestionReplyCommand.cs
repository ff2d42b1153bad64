using System.Management.Automation;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Handling;

/// <summary>
/// <para type="synopsis">Records the disclosure of a reply (公开): the decision to publish, the publication, or a decision not to publish.</para>
/// </summary>
[Cmdlet(VerbsData.Publish, "SuggestionReply", SupportsShouldProcess = true, DefaultParameterSetName = PublishSet)]
[OutputType("SuggestionDesk.Items.SuggestionItem")]
public sealed class PublishSuggestionReplyCommand : ItemChangeCmdlet
{
    private const string PublishSet = "Publish";
    private const string WithholdSet = "Withhold";

    /// <summary>The day it was published (or, with -DecisionOnly or -Withhold, decided); by default today.</summary>
    [Parameter]
    [DateTransformation]
    public DateTime? On { get; set; }

    /// <summary>Records only the decision to publish; the publication (due 20 working days after the reply) comes later.</summary>
    [Parameter(ParameterSetName = PublishSet)]
    public SwitchParameter DecisionOnly { get; set; }

    /// <summary>Records a decision not to publish.</summary>
    [Parameter(ParameterSetName = WithholdSet, Mandatory = true)]
    public SwitchParameter Withhold { get; set; }

    /// <summary>Why it is not published (required with -Withhold), or a note on the decision.</summary>
    [Parameter(ParameterSetName = WithholdSet, Mandatory = true)]
    [Parameter(ParameterSetName = PublishSet)]
    public string? Reason { get; set; }

    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        var date = DateOr(On);
        if (Withhold)
        {
            Change(Messages.ActionWithholdReply, (item, by) => item.DecideDisclosure(DisclosureDecision.Withhold, date, Reason, by));
            return;
        }

        if (DecisionOnly)
        {
            Change(Messages.ActionDecidePublish, (item, by) => item.DecideDisclosure(DisclosureDecision.Publish, date, Reason, by));
        }
        else
        {
            Change(MessageText.Format(Messages.ActionRecordPublished, date), (item, by) => item.Publish(date, Reason, by));
        }
    }
}
