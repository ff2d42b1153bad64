using System.Management.Automation;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Completion;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Handling;

/// <summary>
/// <para type="synopsis">Records the reply to the deputy (答复), a Joint item's opinion to the lead unit, or a class B follow-up.</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "SuggestionReply", SupportsShouldProcess = true)]
[OutputType("SuggestionDesk.Items.SuggestionItem")]
public sealed class SetSuggestionReplyCommand : ItemChangeCmdlet
{
    /// <summary>
    /// The result class: A 解决采纳, B 正在解决或列入计划, C 因条件限制暂不能解决, D 留作参考. Required on a reply to the
    /// deputy and a follow-up; a Joint (会办) opinion may go without one (the class belongs to the lead unit's reply).
    /// Not mandatory, so a missing class is the item's clear refusal rather than a prompt.
    /// </summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(ResultClassCompleter))]
    public string? ResultClass { get; set; }

    /// <summary>The reply's text (up to 100,000 characters).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Text { get; set; }

    /// <summary>The reply's date; by default today.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("On")]
    [DateTransformation]
    public DateTime? RepliedOn { get; set; }

    /// <summary>Records the follow-up answer to an earlier class B reply instead of a new reply.</summary>
    [Parameter]
    public SwitchParameter FollowUp { get; set; }

    /// <summary>
    /// With class B: the date the reply promised the further answer by (跟踪反馈期限), on or after the reply date. Without
    /// it the deadline policy's default applies (the end of the reply's year). Refused with any other class.
    /// </summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [DateTransformation]
    public DateTime? FollowUpBy { get; set; }

    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        var resultClass = string.IsNullOrWhiteSpace(ResultClass) ? null : ResultClassScheme.Default.Parse(ResultClass);
        var date = DateOr(RepliedOn);
        var promised = FollowUpBy is { } by ? DateOnly.FromDateTime(by) : (DateOnly?)null;
        var described = (resultClass is null ? Messages.ReplyWithoutClass : MessageText.Format(Messages.ReplyWithClass, resultClass))
            + (promised is { } p ? MessageText.Format(Messages.ReplyFollowUpBy, p) : string.Empty);
        if (FollowUp)
        {
            Change(MessageText.Format(Messages.ActionRecordFollowUp, described, date), (item, by) => item.RecordFollowUp(date, resultClass, Text, by, promised));
        }
        else
        {
            Change(MessageText.Format(Messages.ActionRecordReply, described, date), (item, by) => item.Reply(date, resultClass, Text, by, promised));
        }
    }
}
