using SuggestionDesk.Localization;

namespace SuggestionDesk.Items;

/// <summary>
/// The result classes an office uses. The default is the national A/B/C/D scheme; some places use three
/// classes, so the scheme is configuration.
/// </summary>
public sealed class ResultClassScheme
{
    private readonly Dictionary<string, ResultClass> byCode;

    /// <summary>Creates a scheme from its classes; codes are compared without regard to case.</summary>
    public ResultClassScheme(IEnumerable<ResultClass> classes)
    {
        Classes = classes.ToArray();
        if (Classes.Count == 0)
        {
            throw new ArgumentException("A result class scheme needs at least one class.", nameof(classes));
        }

        byCode = new Dictionary<string, ResultClass>(StringComparer.OrdinalIgnoreCase);
        foreach (var resultClass in Classes)
        {
            if (!byCode.TryAdd(resultClass.Code, resultClass))
            {
                throw new ArgumentException($"Result class code '{resultClass.Code}' appears twice in the scheme.", nameof(classes));
            }
        }
    }

    /// <summary>A 解决采纳, B 正在解决或列入计划 (follow-up required), C 因条件限制暂不能解决, D 留作参考.</summary>
    public static ResultClassScheme Default { get; } = new(
    [
        new ResultClass("A", "解决采纳"),
        new ResultClass("B", "正在解决或列入计划", RequiresFollowUp: true),
        new ResultClass("C", "因条件限制暂不能解决"),
        new ResultClass("D", "留作参考"),
    ]);

    /// <summary>The classes in order.</summary>
    public IReadOnlyList<ResultClass> Classes { get; }

    /// <summary>Finds a class by its code, or by its label; throws naming the value and the valid codes.</summary>
    public ResultClass Parse(string? codeOrLabel)
    {
        var key = codeOrLabel?.Trim() ?? string.Empty;
        if (byCode.TryGetValue(key, out var found))
        {
            return found;
        }

        return Classes.FirstOrDefault(c => c.Label == key)
            ?? throw new ArgumentException(
                MessageText.Format(Messages.ItemClassNotInScheme, codeOrLabel, string.Join(", ", Classes)), nameof(codeOrLabel));
    }
}
