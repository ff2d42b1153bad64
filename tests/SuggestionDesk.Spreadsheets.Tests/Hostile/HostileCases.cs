using System.Text;
using System.Text.Json;

namespace SuggestionDesk.Spreadsheets.Tests.Hostile;

/// <summary>One hostile value in one ledger column, and what must happen to it.</summary>
/// <param name="Name">What the case is, also its theory name.</param>
/// <param name="Column">The English ledger column it goes in.</param>
/// <param name="Value">The value, exactly.</param>
/// <param name="Expect">
/// <c>roundtrip</c>: imported and exported back exactly; <c>error</c>: refused naming the row and column; <c>folded</c>:
/// imported as <paramref name="Says"/> (a line break in a one-line cell joined) with a warning on its row and column.
/// </param>
/// <param name="Says">Text the error must contain (the value, the limit), or the value a folded cell is read as.</param>
public sealed record FieldCase(string Name, string Column, string Value, string Expect, string? Says = null);

/// <summary>One hostile file kept in Hostile/Files, and what must happen to it.</summary>
/// <param name="File">The file name.</param>
/// <param name="Expect"><c>imports</c> (Rows items), <c>refused</c> (nothing written) or <c>unreadable</c> (an error naming the file).</param>
/// <param name="Rows">For <c>imports</c>: how many items it creates.</param>
/// <param name="Says">Text the error must contain.</param>
public sealed record FileCase(string File, string Expect, int Rows = 0, string? Says = null);

/// <summary>The corpus: Hostile/fields.json and Hostile/files.json, plus values too large to keep in the repository.</summary>
public static class HostileCases
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Hostile");

    public static IReadOnlyList<FieldCase> Fields { get; } =
    [
        .. Load<FieldCase>("fields.json"),
        new("title of 1,001 characters", "Title", new string('建', 1_001), "error", "1,001 characters long; the limit is 1,000"),
        new("title of 100,000 characters", "Title", Repeat("关于智慧城市建设的建议。", 100_000), "error", "100,000 characters long; the limit is 1,000"),
        new("owner of 100,000 emoji characters", "Owner", Repeat("😀", 100_000), "error", "100,000 characters long"),
        new("title of exactly 1,000 characters", "Title", Repeat("<script>", 1_000), "roundtrip"),
    ];

    public static IReadOnlyList<FileCase> Files { get; } = Load<FileCase>("files.json");

    public static TheoryData<string> FieldNames => [.. Fields.Select(c => c.Name)];

    public static TheoryData<string> FileNames => [.. Files.Select(c => c.File)];

    private static List<T> Load<T>(string name) =>
        JsonSerializer.Deserialize<List<T>>(File.ReadAllText(Path.Combine(Folder, name), Encoding.UTF8), Json)
        ?? throw new InvalidDataException($"{name} is empty.");

    private static string Repeat(string text, int length)
    {
        var builder = new StringBuilder(length + text.Length);
        while (builder.Length < length)
        {
            builder.Append(text);
        }

        return builder.ToString(0, length);
    }
}
