using System.Management.Automation;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Completion;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Handling;

/// <summary>
/// <para type="synopsis">Records a contact with the deputy (沟通): phone, visit, meeting, survey or other.</para>
/// </summary>
[Cmdlet(VerbsCommon.Add, "SuggestionContact", SupportsShouldProcess = true)]
[OutputType("SuggestionDesk.Items.SuggestionItem")]
public sealed class AddSuggestionContactCommand : ItemChangeCmdlet
{
    /// <summary>How: Phone (电话), Visit (上门), Meeting (座谈), Survey (调研) or Other (其他); 电话联系, 上门拜访, 座谈面商 and 共同调研 are read too.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [EnumWords(typeof(ContactMethod))]
    [ArgumentCompleter(typeof(EnumWordsCompleter<ContactMethod>))]
    public string Method { get; set; } = nameof(ContactMethod.Phone);

    /// <summary>What was discussed.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Note { get; set; }

    /// <summary>
    /// Before (办前), During (办时) or After (办后) handling; 办前商谈, 办时共商 and 办后征询 are read too. By default placed by
    /// the dates: on or before the sign-for Before, up to the reply During, after it After.
    /// </summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [EnumWords(typeof(ContactPhase))]
    [ArgumentCompleter(typeof(EnumWordsCompleter<ContactPhase>))]
    public string? Phase { get; set; }

    /// <summary>The day it took place; by default today.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Date")]
    [DateTransformation]
    public DateTime? On { get; set; }

    /// <inheritdoc />
    /// <remarks>Contacts are appended and never conflict, so a stale piped copy does not matter here.</remarks>
    protected override void ExecuteCmdlet() =>
        Change(MessageText.Format(Messages.ActionAddContact, ContactMethodNames.Words.Shown(EnumWordsAttribute.Parse<ContactMethod>(Method)), DateOr(On)), (service, number, by) => service.ChangeAsync(
            number, expectedVersion: null, force: false,
            item => item.RecordContact(
                DateOr(On), EnumWordsAttribute.Parse<ContactMethod>(Method), Note, by,
                Phase is null ? null : EnumWordsAttribute.Parse<ContactPhase>(Phase)), Cancellation));
}
