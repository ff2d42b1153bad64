namespace SuggestionDesk.Items;

/// <summary>The deputy's evaluation of a reply (评价).</summary>
public enum EvaluationResult
{
    /// <summary>满意.</summary>
    Satisfied,

    /// <summary>基本满意.</summary>
    BasicallySatisfied,

    /// <summary>不满意: the item is re-handled with a new reply clock.</summary>
    Unsatisfied,
}

/// <summary>Names of the evaluations for people.</summary>
public static class EvaluationResultNames
{
    /// <summary>The words for each evaluation.</summary>
    public static EnumWords<EvaluationResult> Words { get; } = new(
        "evaluation",
        (EvaluationResult.Satisfied, ["满意"], []),
        (EvaluationResult.BasicallySatisfied, ["基本满意"], []),
        (EvaluationResult.Unsatisfied, ["不满意"], []));

    /// <summary>The Chinese name, e.g. 基本满意.</summary>
    public static string ChineseName(this EvaluationResult result) => Words.ChineseName(result);
}
