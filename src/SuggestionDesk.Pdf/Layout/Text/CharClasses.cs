namespace SuggestionDesk.Pdf.Layout.Text;

/// <summary>The character classes line breaking needs (a small part of UAX #14 and of Chinese 禁则).</summary>
internal static class CharClasses
{
    /// <summary>Punctuation that may not start a line: it closes or follows what comes before.</summary>
    public static bool IsClosing(int c) => c switch
    {
        '，' or '。' or '、' or '；' or '：' or '？' or '！' or '）' or '」' or '』' or '”' or '’' or '》' or '〉' or '】' or '〕' or '〗' or '］' or '｝' => true,
        '．' or '…' or '‰' or '％' or '・' or '·' or '〃' or '々' or 'ー' => true,
        ',' or '.' or ';' or ':' or '?' or '!' or ')' or ']' or '}' or '%' => true,
        _ => false,
    };

    /// <summary>Punctuation that may not end a line: it opens what follows.</summary>
    public static bool IsOpening(int c) => c switch
    {
        '（' or '「' or '『' or '“' or '‘' or '《' or '〈' or '【' or '〔' or '〖' or '［' or '｛' => true,
        '(' or '[' or '{' => true,
        _ => false,
    };

    /// <summary>Characters between which a line may break anywhere: ideographs, kana, hangul, CJK punctuation, full-width forms, emoji.</summary>
    public static bool IsBreakAnywhere(int c) =>
        c is >= 0x2E80 and <= 0x9FFF or >= 0xAC00 and <= 0xD7AF or >= 0xF900 and <= 0xFAFF or >= 0xFE30 and <= 0xFE4F
            or >= 0xFF00 and <= 0xFFEF or >= 0x1F000 and <= 0x1FAFF or >= 0x20000 and <= 0x3FFFF;

    /// <summary>White space a line may break after and drops at its ends.</summary>
    public static bool IsSpace(int c) => c is not 0xA0 and < 0x10000 && char.IsWhiteSpace((char)c);

    /// <summary>Letters in a Latin word, where a hyphen between two of them is a break opportunity.</summary>
    public static bool IsLetter(int c) => c < 0x2E80 && c < 0x10000 && char.IsLetter((char)c);
}
