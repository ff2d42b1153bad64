namespace SuggestionDesk.Pdf.Layout.Text;

/// <summary>Reading code points from strings that may hold lone surrogates (pasted text does).</summary>
internal static class CodePoints
{
    /// <summary>The code point at <paramref name="index"/>; a lone surrogate reads as U+FFFD.</summary>
    public static int Read(string text, int index, out int units)
    {
        char c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            units = 2;
            return char.ConvertToUtf32(c, text[index + 1]);
        }

        units = 1;
        return char.IsSurrogate(c) ? 0xFFFD : c;
    }

    /// <summary>
    /// <paramref name="text"/> with lone surrogates replaced by U+FFFD and control characters other than line
    /// feeds and tabs removed, so that what is drawn can be read back exactly.
    /// </summary>
    public static string Clean(string text)
    {
        bool clean = true;
        for (int i = 0; i < text.Length && clean; i++)
        {
            char c = text[i];
            clean = !(char.IsControl(c) && c is not '\n' and not '\t') && !(char.IsSurrogate(c) && (!char.IsHighSurrogate(c) || i + 1 >= text.Length || !char.IsLowSurrogate(text[++i])));
        }

        if (clean)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        for (int i = 0; i < text.Length;)
        {
            int cp = Read(text, i, out int units);
            if (!(cp < 0x10000 && char.IsControl((char)cp) && cp is not '\n' and not '\t'))
            {
                builder.Append(char.ConvertFromUtf32(cp));
            }

            i += units;
        }

        return builder.ToString();
    }
}
