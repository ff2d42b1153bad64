using System.Text;
using System.Text.RegularExpressions;

namespace SuggestionDesk.HelpBuilder.Markdown;

/// <summary>
/// Markdown to the plain text <c>Get-Help</c> prints: one string per paragraph, inline markup dropped but its text
/// kept (<c>`-Force`</c> → <c>-Force</c>, <c>**not**</c> → <c>not</c>, <c>[text](url)</c> → <c>text (url)</c>).
/// </summary>
public static partial class MarkdownText
{
    /// <summary>
    /// One paragraph per text block; a fenced block stays one paragraph with its lines as written (sample output,
    /// a table of values), because reflowing it would garble it.
    /// </summary>
    public static IReadOnlyList<string> Paragraphs(IEnumerable<MarkdownBlock> blocks) =>
        blocks.Select(b => b switch
            {
                TextBlock text => Paragraph(text.Lines),
                FenceBlock fence => fence.Code,
                _ => string.Empty,
            })
            .Where(p => !string.IsNullOrWhiteSpace(p))
            .ToList();

    /// <summary>
    /// Joins the lines of one paragraph. Markdown reflows soft line breaks into spaces; between two Chinese
    /// characters a space would be wrong, so none is added there. A line ending in two spaces or a backslash keeps its break.
    /// </summary>
    public static string Paragraph(IReadOnlyList<string> lines)
    {
        var result = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var raw = lines[i];
            var hardBreak = raw.EndsWith("  ", StringComparison.Ordinal) || raw.TrimEnd().EndsWith('\\');
            var line = Inline(BulletToDash(raw.Trim().TrimEnd('\\').TrimEnd()));
            if (result.Length > 0 && line.Length > 0 && result[^1] != '\n' && !(IsCjk(result[^1]) && IsCjk(line[0])))
            {
                result.Append(' ');
            }

            result.Append(line);
            if (hardBreak && i < lines.Count - 1)
            {
                result.Append('\n');
            }
        }

        return result.ToString();
    }

    /// <summary>Drops inline markup from one line and keeps its text; code spans are kept exactly as written.</summary>
    public static string Inline(string line)
    {
        var result = new StringBuilder();
        var parts = CodeSpan().Split(line);
        // Split with one capture group alternates: text, code, text, code, ...
        for (var i = 0; i < parts.Length; i++)
        {
            result.Append(i % 2 == 1 ? parts[i].Trim() : Markup(parts[i]));
        }

        return result.ToString();
    }

    private static string Markup(string text)
    {
        // Escaped punctuation (\*, \_, \[) must survive the emphasis rules, so it is parked on private-use characters.
        var s = Escaped().Replace(text, m => ((char)(0xE000 + m.Groups[1].Value[0])).ToString());
        s = Image().Replace(s, "${text}");
        s = Link().Replace(s, m =>
        {
            var label = m.Groups["text"].Value;
            var url = WebAddress(m.Groups["url"].Value.Trim());
            return url.Length == 0 || url == label ? label : $"{label} ({url})";
        });
        s = AutoLink().Replace(s, "${url}");
        s = StrongStars().Replace(s, "${text}");
        s = StrongUnderscores().Replace(s, "${text}");
        s = EmphasisStar().Replace(s, "${text}");
        s = EmphasisUnderscore().Replace(s, "${text}");
        return new string(s.Select(c => c is >= '\uE000' and < '\uE080' ? (char)(c - 0xE000) : c).ToArray());
    }

    /// <summary>
    /// <paramref name="url"/> when it is an http(s) address, else empty: a relative link
    /// (<c>[Get-Suggestion](Get-Suggestion.md)</c>) points at a doc in the repo, which means nothing in a console.
    /// </summary>
    internal static string WebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? url
            : string.Empty;

    private static string BulletToDash(string line)
    {
        var bullet = Bullet().Match(line);
        return bullet.Success ? "- " + line[bullet.Length..] : line;
    }

    private static bool IsCjk(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';

    [GeneratedRegex(@"`+(.+?)`+")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex Escaped();

    [GeneratedRegex(@"!\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\((?<url>[^)]*)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"<(?<url>https?://[^>\s]+)>")]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"\*\*(?<text>\S(?:.*?\S)?)\*\*")]
    private static partial Regex StrongStars();

    [GeneratedRegex(@"(?<![\w])__(?<text>\S(?:.*?\S)?)__(?![\w])")]
    private static partial Regex StrongUnderscores();

    [GeneratedRegex(@"(?<![\*\w])\*(?<text>[^\s*](?:[^*]*?[^\s*])?)\*(?!\*)")]
    private static partial Regex EmphasisStar();

    // Underscores inside words (Parameter_Name, __AllParameterSets) are not emphasis.
    [GeneratedRegex(@"(?<![\w])_(?<text>[^\s_](?:[^_]*?[^\s_])?)_(?![\w])")]
    private static partial Regex EmphasisUnderscore();

    [GeneratedRegex(@"^[*+]\s+")]
    private static partial Regex Bullet();
}
