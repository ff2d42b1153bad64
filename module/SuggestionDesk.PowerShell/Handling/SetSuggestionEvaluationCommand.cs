using System.Management.Automation;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Completion;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Handling;

/// <summary>
/// <para type="synopsis">Records the deputy's evaluation of the reply (评价); unsatisfied starts re-handling.</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "SuggestionEvaluation", SupportsShouldProcess = true)]
[OutputType("SuggestionDesk.Items.SuggestionItem")]
public sealed class SetSuggestionEvaluationCommand : ItemChangeCmdlet
{
    /// <summary>Satisfied (满意), BasicallySatisfied (基本满意) or Unsatisfied (不满意).</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [EnumWords(typeof(EvaluationResult))]
    [ArgumentCompleter(typeof(EnumWordsCompleter<EvaluationResult>))]
    public string Result { get; set; } = string.Empty;

    /// <summary>The deputy's words, if any.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Comment { get; set; }

    /// <summary>The day the evaluation came back; by default today.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [DateTransformation]
    public DateTime? On { get; set; }

    /// <inheritdoc />
    protected override void ExecuteCmdlet() =>
        Change(MessageText.Format(Messages.ActionEvaluate, EnumWordsAttribute.Parse<EvaluationResult>(Result), EnumWordsAttribute.Parse<EvaluationResult>(Result).ChineseName()), (item, by) => item.Evaluate(DateOr(On), EnumWordsAttribute.Parse<EvaluationResult>(Result), Comment, by));
}
