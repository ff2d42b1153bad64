using SuggestionDesk.Items;

namespace SuggestionDesk.Ledger;

/// <summary>
/// The words a ledger uses for kinds, handling roles and evaluations, in English or Chinese, and the words
/// an export writes. English words are read without regard to case or spaces.
/// </summary>
internal static class LedgerTerms
{
    private static readonly Dictionary<string, ItemKind> Kinds = Words<ItemKind>(
        (ItemKind.Suggestion, ["Suggestion", "建议", "代表建议", "人大代表建议"]),
        (ItemKind.Proposal, ["Proposal", "提案", "委员提案", "政协委员提案", "政协提案"]));

    private static readonly Dictionary<string, HandlingRole> Roles = Words<HandlingRole>(
        (HandlingRole.Lead, ["Lead", "主办", "主办件"]),
        (HandlingRole.Sole, ["Sole", "承办", "承办件"]),
        (HandlingRole.Split, ["Split", "分办", "分办件"]),
        (HandlingRole.Joint, ["Joint", "会办", "汇办", "协办", "会办件", "汇办件", "协办件"]));

    private static readonly Dictionary<string, EvaluationResult> Evaluations = Words<EvaluationResult>(
        (EvaluationResult.Satisfied, ["Satisfied", "满意"]),
        (EvaluationResult.BasicallySatisfied, ["BasicallySatisfied", "基本满意"]),
        (EvaluationResult.Unsatisfied, ["Unsatisfied", "不满意"]));

    /// <summary>What a kind cell may hold.</summary>
    public const string KindExpected = "Suggestion (建议) or Proposal (提案); empty means Suggestion";

    /// <summary>What a role cell may hold.</summary>
    public const string RoleExpected = "Lead (主办), Sole (承办), Split (分办) or Joint (会办/汇办/协办)";

    /// <summary>What an evaluation cell may hold.</summary>
    public const string EvaluationExpected = "Satisfied (满意), BasicallySatisfied (基本满意) or Unsatisfied (不满意)";

    /// <summary>Reads a kind.</summary>
    public static bool TryKind(string text, out ItemKind kind) => Kinds.TryGetValue(Key(text), out kind);

    /// <summary>Reads a handling role.</summary>
    public static bool TryRole(string text, out HandlingRole role) => Roles.TryGetValue(Key(text), out role);

    /// <summary>Reads an evaluation.</summary>
    public static bool TryEvaluation(string text, out EvaluationResult result) => Evaluations.TryGetValue(Key(text), out result);

    /// <summary>The word an export writes for a kind.</summary>
    public static string Word(ItemKind kind, LedgerHeaders language) =>
        language == LedgerHeaders.Chinese ? (kind == ItemKind.Proposal ? "提案" : "建议") : kind.ToString();

    /// <summary>The word an export writes for a role (会办 for Joint in Chinese).</summary>
    public static string Word(HandlingRole role, LedgerHeaders language) =>
        language == LedgerHeaders.Chinese ? role.ChineseName() : role.ToString();

    /// <summary>The word an export writes for an evaluation.</summary>
    public static string Word(EvaluationResult result, LedgerHeaders language) => language != LedgerHeaders.Chinese
        ? result.ToString()
        : result switch
        {
            EvaluationResult.Satisfied => "满意",
            EvaluationResult.BasicallySatisfied => "基本满意",
            _ => "不满意",
        };

    private static Dictionary<string, T> Words<T>(params (T Value, string[] Words)[] sets)
        where T : struct
    {
        var words = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (value, list) in sets)
        {
            foreach (var word in list)
            {
                words.Add(Key(word), value);
            }
        }

        return words;
    }

    private static string Key(string text) =>
        new(text.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).Select(char.ToLowerInvariant).ToArray());
}
