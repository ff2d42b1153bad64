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
