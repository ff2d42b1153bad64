using SuggestionDesk.Ledger;

namespace SuggestionDesk.Core.Tests.Ledger;

/// <summary>Ledger tables for tests: a complete, valid row after the seed's first Lead item, changed per test.</summary>
internal static class LedgerRows
{
    public static string[] EnglishHeaders { get; } = LedgerColumns.All.Select(c => c.Name).ToArray();

    public static string[] ChineseHeaders { get; } = LedgerColumns.All.Select(c => c.ChineseName).ToArray();

    /// <summary>A row every check accepts: signed for, replied, evaluated and published, all in time order.</summary>
    public static Dictionary<string, string> Good(string number = "20210347") => new()
    {
        ["Number"] = number,
        ["Title"] = "关于创新智慧城市和数字政府建设管理体制机制的建议",
        ["Kind"] = "Suggestion",
        ["Session"] = "市七届人大一次会议",
        ["Proposers"] = "王代表、李代表",
        ["Role"] = "Lead",
        ["LeadUnit"] = "",
        ["Department"] = "规划发展处",
        ["Owner"] = "李明",
        ["OwnerEmail"] = "liming@example.gov.cn",
        ["AssignedOn"] = "2021-03-15",
        ["SignedOn"] = "2021-03-16",
        ["RepliedOn"] = "2021-05-20",
        ["ResultClass"] = "A",
        ["FollowUpDue"] = "",
        ["Evaluation"] = "Satisfied",
        ["EvaluatedOn"] = "2021-06-10",
        ["PublishedOn"] = "2021-06-08",
        ["Topics"] = "智慧城市、数字政府",
        ["LeadingOfficial"] = "",
        ["Priority"] = "",
    };

    /// <summary>A row only assigned: no events yet.</summary>
    public static Dictionary<string, string> Assigned(string number = "20210347")
    {
        var row = Good(number);
        foreach (var column in new[] { "SignedOn", "RepliedOn", "ResultClass", "Evaluation", "EvaluatedOn", "PublishedOn" })
        {
            row[column] = "";
        }

        return row;
    }

    /// <summary><paramref name="row"/> with one cell changed.</summary>
    public static Dictionary<string, string> With(this Dictionary<string, string> row, string column, string value) =>
        new(row) { [column] = value };

    /// <summary>A table with English headers; data rows are rows 2, 3, ...</summary>
    public static LedgerTable Table(params Dictionary<string, string>[] rows) => Table(EnglishHeaders, rows);

    /// <summary>A table with the given headers; each row gives cells by English column name.</summary>
    public static LedgerTable Table(string[] headers, params Dictionary<string, string>[] rows)
    {
        var names = headers.Select(h => LedgerColumns.Find(h)?.Name ?? h).ToArray();
        return new LedgerTable(headers, rows.Select((row, i) =>
            new LedgerRow(i + 2, names.Select(n => row.GetValueOrDefault(n, "")).ToArray())).ToArray());
    }

    /// <summary>Validates <paramref name="table"/> and builds a new item from every valid entry.</summary>
    public static (List<SuggestionItem> Items, List<LedgerError> Errors, List<LedgerWarning> Warnings) Build(LedgerTable table, ChangeContext? by = null)
    {
        var validation = LedgerValidation.Check(table, ResultClassScheme.Default);
        var errors = validation.Errors.ToList();
        var builder = new LedgerItemBuilder(by ?? TestClock.As("督办办公室"));
        var items = validation.Entries.Select(e => builder.Create(e, errors)).OfType<SuggestionItem>().ToList();
        return (items, errors, validation.Warnings);
    }

    /// <summary>An item as the store would hand it back after importing <paramref name="row"/>.</summary>
    public static SuggestionItem Stored(Dictionary<string, string> row, ChangeContext by)
    {
        var item = new LedgerItemBuilder(by).Create(Entry(row), new List<LedgerError>())
            ?? throw new InvalidOperationException("The stored row must be valid.");
        return SuggestionItem.Restore(item.ToSnapshot(), version: "v1");
    }

    /// <summary>Brings <paramref name="stored"/> in line with <paramref name="row"/>, as an import of it would.</summary>
    public static (List<LedgerError> Errors, List<LedgerWarning> Warnings) Update(SuggestionItem stored, Dictionary<string, string> row, ChangeContext by)
    {
        var errors = new List<LedgerError>();
        var warnings = new List<LedgerWarning>();
        new LedgerItemBuilder(by).Update(stored, Entry(row), errors, warnings);
        return (errors, warnings);
    }

    /// <summary>The single entry of a one-row table that must validate.</summary>
    public static LedgerEntry Entry(Dictionary<string, string> row)
    {
        var validation = LedgerValidation.Check(Table(row), ResultClassScheme.Default);
        Assert.Empty(validation.Errors);
        return Assert.Single(validation.Entries);
    }
}
