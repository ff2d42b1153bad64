using SuggestionDesk.Items;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Ledger;

/// <summary>
/// The words a ledger uses for kinds, handling roles and evaluations, in English or Chinese, and the words
/// an export writes. They are the enums' own words (<see cref="EnumWords{T}"/>, beside each enum), so a ledger
/// reads what a cmdlet parameter takes; English words are read without regard to case or spaces.
/// </summary>
internal static class LedgerTerms
{
    /// <summary>What a kind cell may hold.</summary>
    public static string KindExpected => MessageText.Format(Messages.LedgerKindExpected, ItemKindNames.Words.Expected);

    /// <summary>What a role cell may hold.</summary>
    public static string RoleExpected => MessageText.Format(Messages.LedgerExpectedOneOf, HandlingRoleRules.Words.Expected);

    /// <summary>What a priority cell may hold (the list, without the words around it).</summary>
    public static string PriorityExpected => ItemPriorityNames.ListExpected;

    /// <summary>The evaluation words, without the words around them.</summary>
    public static string EvaluationWords => EvaluationResultNames.Words.Expected;

    /// <summary>What an evaluation cell may hold.</summary>
    public static string EvaluationExpected => MessageText.Format(Messages.LedgerExpectedOneOf, EvaluationResultNames.Words.Expected);

    /// <summary>Reads a kind.</summary>
    public static bool TryKind(string text, out ItemKind kind) => ItemKindNames.Words.TryRead(text, out kind);

    /// <summary>Reads a handling role.</summary>
    public static bool TryRole(string text, out HandlingRole role) => HandlingRoleRules.Words.TryRead(text, out role);

    /// <summary>Reads an evaluation.</summary>
    public static bool TryEvaluation(string text, out EvaluationResult result) => EvaluationResultNames.Words.TryRead(text, out result);

    /// <summary>The word an export writes for a kind.</summary>
    public static string Word(ItemKind kind, Language language) =>
        language == Language.Chinese ? kind.ChineseName() : kind.ToString();

    /// <summary>The word an export writes for a role (会办 for Joint in Chinese).</summary>
    public static string Word(HandlingRole role, Language language) =>
        language == Language.Chinese ? role.ChineseName() : role.ToString();

    /// <summary>The word an export writes for an evaluation.</summary>
    public static string Word(EvaluationResult result, Language language) =>
        language == Language.Chinese ? result.ChineseName() : result.ToString();
}
