using SuggestionDesk.Localization;

namespace SuggestionDesk.Files;

/// <summary>An output file (a report, a ledger, a message) could not be written where asked; the message names the path and what to do.</summary>
public sealed class OutputNotWritableException : IOException
{
    /// <summary>An output to <paramref name="path"/> could not be written, for the reason <paramref name="inner"/> gives.</summary>
    public OutputNotWritableException(string path, Exception inner)
        : base(MessageFor(path, inner), inner) => Path = path;

    /// <summary>An output to <paramref name="path"/> cannot be written, as <paramref name="message"/> says.</summary>
    public OutputNotWritableException(string path, string message)
        : base(message) => Path = path;

    /// <summary>The file that could not be written.</summary>
    public string Path { get; }

    // The operating system's own text is left to the inner exception: it varies by platform and language, and names
    // the temporary file rather than the one the user asked for.
    private static string MessageFor(string path, Exception inner) => inner switch
    {
        UnauthorizedAccessException =>
            MessageText.Format(Messages.FileAccessDenied, path),
        PathTooLongException =>
            MessageText.Format(Messages.FilePathTooLong, path),
        DirectoryNotFoundException =>
            MessageText.Format(Messages.FileFolderMissing, path),
        _ =>
            MessageText.Format(Messages.FileCannotWrite, path),
    };
}
