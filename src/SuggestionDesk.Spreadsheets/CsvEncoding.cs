using System.Text;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Spreadsheets;

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
            try
            {
                return (StrictUtf8.GetString(bytes, 3, bytes.Length - 3), Encoding.UTF8);
            }
            catch (DecoderFallbackException e)
            {
                // A UTF-8 mark before GBK text: an editor added the mark without converting. Decoding anyway would
                // import replacement characters in place of the Chinese text.
                throw new InvalidDataException(
                    MessageText.Format(Localization.Messages.CsvBomNotUtf8, e.BytesUnknown?.FirstOrDefault() ?? 0, e.Index + 3), e);
            }
        }

        if (bytes is [0xFF, 0xFE, ..])
        {
            return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), Encoding.Unicode);
        }

        if (bytes is [0xFE, 0xFF, ..])
        {
            return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), Encoding.BigEndianUnicode);
        }

        if (LooksLikeUtf16(bytes))
        {
            throw new InvalidDataException(
                Localization.Messages.CsvUtf16NoBom);
        }

        try
        {
            return (StrictUtf8.GetString(bytes), StrictUtf8);
        }
        catch (DecoderFallbackException)
        {
            RefuseStrayBytes(bytes);
            var gbk = Gbk;
            return (gbk.GetString(bytes), gbk);
        }
    }

    /// <summary>
    /// Refuses UTF-8 text spoiled by a few stray bytes (a cell pasted from elsewhere, a cut-off character). Read as GBK
    /// it would import as mojibake, and a corrected file could not repair it later (a session, for one, is fixed once
    /// the item exists). GBK's Chinese text almost never forms valid multi-byte UTF-8, so many valid sequences beside a
    /// few invalid ones mean UTF-8.
    /// </summary>
    private static void RefuseStrayBytes(byte[] bytes)
    {
        var (valid, invalid, first) = (0, 0, -1);
        var span = bytes.AsSpan();
        for (var offset = 0; offset < span.Length;)
        {
            var status = System.Text.Rune.DecodeFromUtf8(span[offset..], out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                valid += consumed > 1 ? 1 : 0;
            }
            else
            {
                invalid++;
                first = first < 0 ? offset : first;
            }

            offset += Math.Max(consumed, 1);
        }

        if (valid > 0 && valid >= invalid * 10)
        {
            var line = span[..first].Count((byte)'\n') + 1;
            throw new InvalidDataException(
                MessageText.Format(
                    Localization.Messages.CsvMostlyUtf8,
                    valid,
                    bytes[first],
                    first,
                    line,
                    invalid,
                    invalid == 1 ? Localization.Messages.CsvSequenceIs : Localization.Messages.CsvSequencesAre));
        }
    }

    // Ledger text is never NUL, but UTF-16 of Latin text (headers, numbers, dates) is half NUL bytes.
    private static bool LooksLikeUtf16(byte[] bytes)
    {
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 4096));
        return sample.Length >= 4 && sample.Count((byte)0) * 4 >= sample.Length;
    }
}
