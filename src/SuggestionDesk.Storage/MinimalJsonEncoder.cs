using System.Text.Encodings.Web;

namespace SuggestionDesk.Storage;

/// <summary>
/// Escapes only what JSON requires (quote, backslash, control characters), so stored documents read as
/// Chinese in Storage Explorer and take two bytes a character where Azure counts stored size (the built-in
/// encoders write every CJK character, or every emoji, as a six-character <c>\uXXXX</c>). The JSON is
/// stored, never embedded in HTML or script, so no other escaping is needed.
/// </summary>
internal sealed class MinimalJsonEncoder : JavaScriptEncoder
{
    private static readonly JavaScriptEncoder Escaper = UnsafeRelaxedJsonEscaping;

    public static MinimalJsonEncoder Instance { get; } = new();

    public override int MaxOutputCharactersPerInputCharacter => Escaper.MaxOutputCharactersPerInputCharacter;

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
        {
            var c = text[i];
            if (c < 0x20 || c == '"' || c == '\\')
            {
                return i;
            }

            // A lone surrogate cannot be written as text; let the escaper deal with it.
            if (char.IsHighSurrogate(c) && (i + 1 >= textLength || !char.IsLowSurrogate(text[i + 1])))
            {
                return i;
            }

            if (char.IsHighSurrogate(c))
            {
                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten) =>
        Escaper.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);

    public override bool WillEncode(int unicodeScalar) => unicodeScalar < 0x20 || unicodeScalar == '"' || unicodeScalar == '\\';
}
