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

    /// <summary>
    /// Finds a class by its code, or by its label, as offices write them: <c>A</c>, <c>a</c>, <c>A类</c>, <c>Ａ类</c>,
    /// <c>解决采纳</c>, or the code with its label, <c>A类（解决采纳）</c> or <c>A 解决采纳</c>; throws naming the value and
    /// the valid codes.
    /// </summary>
    public ResultClass Parse(string? codeOrLabel) =>
        TryParse(codeOrLabel, out var found)
            ? found
            : throw new ArgumentException(
                MessageText.Format(Messages.ItemClassNotInScheme, codeOrLabel, string.Join(", ", Classes)), nameof(codeOrLabel));

    /// <summary>Finds a class as <see cref="Parse"/> does; false when <paramref name="codeOrLabel"/> names none.</summary>
    public bool TryParse(string? codeOrLabel, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ResultClass? found)
    {
        var key = (codeOrLabel ?? string.Empty).Normalize(System.Text.NormalizationForm.FormKC).Trim();
        if (byCode.TryGetValue(key, out found))
        {
            return true;
        }

        found = Classes.FirstOrDefault(c => c.Label == key)
            ?? Classes.Where(c => key.StartsWith(c.Code, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(c => c.Code.Length)
                .FirstOrDefault(c => IsCodeWithLabel(key[c.Code.Length..], c.Label));
        return found is not null;
    }

    // What may follow a code: 类, then nothing, or the class's own label, bare or in brackets (A类（解决采纳）, A 解决采纳).
    private static bool IsCodeWithLabel(string rest, string label)
    {
        rest = rest.Trim();
        if (rest.StartsWith('类'))
        {
            rest = rest[1..].Trim();
        }

        if (rest.Length >= 2 && rest[0] is '(' or '[' && rest[^1] is ')' or ']')
        {
            rest = rest[1..^1].Trim();
        }

        rest = rest.TrimStart(':', '-', '.', '、', ' ');
        return rest.Length == 0 || rest == label;
    }
}
