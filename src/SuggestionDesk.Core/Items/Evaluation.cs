namespace SuggestionDesk.Items;

/// <summary>The deputy's evaluation of a reply (评价).</summary>
/// <param name="Date">The day the evaluation came back.</param>
/// <param name="Result">Satisfied, basically satisfied or unsatisfied.</param>
/// <param name="Comment">The deputy's words, if any.</param>
public sealed record Evaluation(DateOnly Date, EvaluationResult Result, string? Comment);
