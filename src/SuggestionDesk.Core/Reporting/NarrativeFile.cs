using System.Text;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Reporting;

/// <summary>
/// Reads the narrative's Markdown from a file the user names, which may be anything: a huge file, a pipe that never
/// ends, a link to <c>/dev/zero</c>. The bytes are counted as they are read, never trusted from the file's length,
/// and reading stops as soon as they pass <see cref="MaxBytes"/>.
/// </summary>
public static class NarrativeFile
{
    /// <summary>The most a narrative may hold: 1 MB of Markdown, some hundred pages of text.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>
    /// Reads and parses the narrative in <paramref name="stream"/> (UTF-8, or the encoding its byte order mark names).
    /// </summary>
    /// <param name="stream">The file's content, read from its current position.</param>
    /// <param name="name">The file as the user gave it, for messages.</param>
    /// <exception cref="InvalidDataException">The file holds more than <see cref="MaxBytes"/>; the message names it and the limit.</exception>
    public static Narrative Read(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var content = new MemoryStream();
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            content.Write(buffer, 0, read);
            if (content.Length > MaxBytes)
            {
                throw new InvalidDataException(MessageText.Format(Messages.NarrativeTooLarge, Items.TextRules.Visible(name), MaxBytes / 1024 / 1024, MaxBytes));
            }
        }

        content.Position = 0;
        using var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return NarrativeParser.Parse(reader.ReadToEnd());
    }
}
