namespace SuggestionDesk.Items;

/// <summary>The words of every enum people type or read about an item, looked up by type (for cmdlet parameters).</summary>
public static class ItemWords
{
    private static readonly IEnumWords[] All =
    [
        ItemKindNames.Words, HandlingRoleRules.Words, ItemStatusNames.Words, EvaluationResultNames.Words, ContactMethodNames.Words,
        LanguageNames.Words, Calendar.DeadlineClockNames.Words, ItemPriorityNames.Words, ContactPhases.Words,
        Actions.ItemActionNames.Words, Runs.RunNames.Kinds, Runs.RunNames.Outcomes,
    ];

    /// <summary>The words of <paramref name="enumType"/>, or null when it has none.</summary>
    public static IEnumWords? For(Type enumType) => All.FirstOrDefault(w => w.EnumType == enumType);
}
