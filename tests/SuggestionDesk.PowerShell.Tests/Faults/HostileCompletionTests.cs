using System.Management.Automation;
using System.Management.Automation.Language;

namespace SuggestionDesk.PowerShell.Tests.Faults;

/// <summary>
/// Tab completion of values a ledger from anywhere put in the store: pressing Enter after a completion passes exactly
/// the stored value as the one argument, and never runs anything else or binds a parameter.
/// </summary>
[Collection(ModuleCollection.Name)]
public sealed class HostileCompletionTests(AzuriteFixture azurite)
{
    // ‘ ’ ‚ ‛ end a single-quoted string as ' does; a leading dash binds as a parameter; $( ) and ` run or escape.
    private static readonly string[] Hostile =
        ["D’; Write-Output X; ’", "-WhatIf", "a'b", "$(Get-Date)", "a`b", "规划 发展处", "第347号", "‚x‛ ‘y’", "数据资源处", "20210347"];

    // What the e-mail rule lets through of the same kind.
    private static readonly string[] HostileEmails =
        ["o’brien@example.gov.cn", "a'b@example.gov.cn", "-WhatIf@example.gov.cn", "a`b@example.gov.cn", "a$b@example.gov.cn", "{x}@example.gov.cn", "李四@example.gov.cn"];

    private const string NewItem = """
        New-Suggestion -Number $args[0] -Title '关于建议' -Session $args[0] -LeadProposer '王代表' -Role Lead `
            -Department $args[0] -Owner $args[0] -OwnerEmail $args[1] -AssignedOn 2021-03-15 | Out-Null
        """;

    public static TheoryData<string> StoreLines =>
    [
        "Get-Suggestion ",
        "Get-Suggestion -Number ",
        "Get-Suggestion -Session ",
        "Get-Suggestion -Department ",
        "Get-Suggestion -Owner ",
        "Set-Suggestion x -Owner ",
        "New-Suggestion -Session ",
        "Export-Suggestion x.csv -Department ",
        "Set-SuggestionDirectory -Department ",
        "Get-SuggestionHistory -Number ",
        "Get-SuggestionDeadline ",
    ];

    [Theory]
    [MemberData(nameof(StoreLines))]
    public void EveryStoredValueCompletesToExactlyThatOneArgument(string line)
    {
        using var ps = WithHostileItems();

        var completed = Completions(ps, line);

        Assert.Equal(Hostile.Order(StringComparer.Ordinal), completed.Select(ArgumentOf).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryStoredEmailCompletesToExactlyThatOneArgument()
    {
        using var ps = WithHostileItems();

        var completed = Completions(ps, "Get-Suggestion -OwnerEmail ");

        Assert.Equal(HostileEmails.Order(StringComparer.Ordinal), completed.Select(ArgumentOf).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Get-Suggestion -Department ‘D", "D’; Write-Output X; ’")]
    [InlineData("Get-Suggestion -Department '-W", "-WhatIf")]
    [InlineData("Get-Suggestion -Owner \"a'", "a'b")]
    [InlineData("Get-Suggestion -Number 2021", "20210347")]
    public void ATypedQuoteOrPrefixCompletesTheMatchingValueOnly(string line, string expected)
    {
        using var ps = WithHostileItems();

        var completed = Completions(ps, line);

        Assert.Equal(expected, ArgumentOf(Assert.Single(completed)));
    }

    [Theory]
    [InlineData("Get-Suggestion -Status ")]
    [InlineData("New-Suggestion -Kind ")]
    [InlineData("New-Suggestion -Role ")]
    [InlineData("Set-Suggestion x -Role ")]
    [InlineData("Set-SuggestionEvaluation x -Result ")]
    [InlineData("Add-SuggestionContact x -Method ")]
    [InlineData("Set-SuggestionReply x -ResultClass ")]
    public void EnumWordsAndResultClassesCompleteToExactlyTheWordShown(string line)
    {
        using var ps = azurite.Connect();

        var completed = Completions(ps, line);

        Assert.NotEmpty(completed);
        Assert.All(completed, c => Assert.Equal(c.Result.ListItemText.Split(' ')[0], ArgumentOf(c)));
    }

    private PowerShellSession WithHostileItems()
    {
        var ps = azurite.Connect();
        for (var i = 0; i < Hostile.Length; i++)
        {
            ps.RunClean(NewItem, Hostile[i], HostileEmails[i % HostileEmails.Length]);
        }

        return ps;
    }

    // Each completion applied to the line as the editor would when the user presses Tab.
    private static Completed[] Completions(PowerShellSession ps, string line)
    {
        var completion = (CommandCompletion)ps.RunClean("TabExpansion2 -inputScript $args[0] -cursorColumn $args[0].Length", line).Single().BaseObject;
        var before = line[..completion.ReplacementIndex];
        return completion.CompletionMatches
            .Select(m => new Completed(m, before, before + m.CompletionText + line[(completion.ReplacementIndex + completion.ReplacementLength)..]))
            .ToArray();
    }

    // The value the completed line passes as its last argument, once the line is checked to hold nothing else:
    // no parse error, one command, and as many elements as the line had before the completed word.
    private static string ArgumentOf(Completed completed)
    {
        var line = completed.Line;
        var ast = Parser.ParseInput(line, out _, out var errors);
        Assert.True(errors.Length == 0, $"{line}: {string.Join("; ", errors.Select(e => e.Message))}");
        var command = Assert.Single(ast.FindAll(a => a is CommandAst, searchNestedScriptBlocks: true).Cast<CommandAst>());
        var before = Parser.ParseInput(completed.Before, out _, out _).FindAll(a => a is CommandAst, true).Cast<CommandAst>().Single();
        Assert.True(command.CommandElements.Count == before.CommandElements.Count + 1, $"{line}: {command.CommandElements.Count} elements");
        var argument = Assert.IsType<StringConstantExpressionAst>(command.CommandElements[^1]);
        Assert.NotEqual(StringConstantType.DoubleQuoted, argument.StringConstantType);
        return argument.Value;
    }

    private sealed record Completed(CompletionResult Result, string Before, string Line);
}
