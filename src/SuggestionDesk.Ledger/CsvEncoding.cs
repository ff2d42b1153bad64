using System.Text;

namespace SuggestionDesk.Ledger.Files;

/// <summary>
/// Finds the encoding of a CSV file. A byte order mark decides; without one the bytes are tried as strict
/// UTF-8 and, if they are not valid UTF-8, read as GBK (code page 936), which is what Excel in China writes
/// for "CSV (逗号分隔)". Valid UTF-8 that is really GBK is very unlikely for Chinese text: GBK's two-byte
/// characters almost never form valid UTF-8 sequences.
/// </summary>
internal static class CsvEncoding
{
    /// <summary>UTF-8 that throws on invalid bytes instead of replacing them.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>GBK (code page 936), which .NET provides only through the code pages provider.</summary>
    public static Encoding Gbk
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(936);
        }
    }

    /// <summary>The text of <paramref name="bytes"/> and the encoding it was read with.</summary>
    public static (string Text, Encoding Encoding) Decode(byte[] bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            return (StrictUtf8.GetString(bytes, 3, bytes.Length - 3), Encoding.UTF8);
        }

        if (bytes is [0xFF, 0xFE, ..])
        {
            return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), Encoding.Unicode);
        }

        if (bytes is [0xFE, 0xFF, ..])
        {
            return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), Encoding.BigEndianUnicode);
        }

        try
        {
            return (StrictUtf8.GetString(bytes), StrictUtf8);
        }
        catch (DecoderFallbackException)
        {
            var gbk = Gbk;
            return (gbk.GetString(bytes), gbk);
        }
    }
}
