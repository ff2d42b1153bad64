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
            $"Cannot write '{path}': access to it or its folder is denied. Choose a folder you may write to, or ask for write permission.",
        PathTooLongException =>
            $"Cannot write '{path}': the path is longer than the file system allows. Choose a shorter name or folder.",
        DirectoryNotFoundException =>
            $"Cannot write '{path}': its folder does not exist. Create the folder first, or give a path in an existing one.",
        _ =>
            $"Cannot write '{path}': the file or its folder cannot be created or replaced (a part of the path that is a file, a file open in another program, a full or read-only disk). Check the path and try again.",
    };
}
