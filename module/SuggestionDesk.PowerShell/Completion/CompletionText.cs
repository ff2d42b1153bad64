using System.Management.Automation.Language;

namespace SuggestionDesk.PowerShell.Completion;

/// <summary>
/// The text a completer puts on the command line for a value, so that pressing Enter passes exactly that value as
/// the argument and nothing else. Values come from the store, which holds whatever a ledger from anywhere brought,
/// so every completer goes through here.
/// </summary>
internal static class CompletionText
{
    /// <summary>
    /// <paramref name="value"/> bare when it is letters and digits only and the parser reads it back as that very
    /// string; otherwise single-quoted with the engine's own escaping, which also doubles the typographic quotes
    /// (‘ ’ ‚ ‛) that end a single-quoted string just as <c>'</c> does.
    /// </summary>
    public static string For(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return IsSafeBare(value) ? value : $"'{CodeGeneration.EscapeSingleQuotedStringContent(value)}'";
    }

    /// <summary>
    /// What the user typed so far, without the quote they opened (and closed, if they did), so it can be compared
    /// with stored values; a quote of the other kind inside is part of the value.
    /// </summary>
    public static string Typed(string? wordToComplete)
    {
        var typed = wordToComplete ?? string.Empty;
        var quotes = typed.Length == 0 ? null : SingleQuotes.Contains(typed[0]) ? SingleQuotes : DoubleQuotes.Contains(typed[0]) ? DoubleQuotes : null;
        if (quotes is null)
        {
            return typed;
        }

        typed = typed[1..];
        return typed.Length > 0 && quotes.Contains(typed[^1]) ? typed[..^1] : typed;
    }

    // PowerShell takes each of these as the quote of its kind.
    private const string SingleQuotes = "'\u2018\u2019\u201A\u201B";
    private const string DoubleQuotes = "\"\u201C\u201D\u201E";

    // Letters and digits cannot start a parameter (-WhatIf), a variable, a sub-expression or a second command. The
    // parser has the last word: digits alone (20210347) or 1kb read back as numbers, not as the text stored.
    private static bool IsSafeBare(string value)
    {
        if (value.Length == 0 || !value.All(char.IsLetterOrDigit))
        {
            return false;
        }

        var ast = Parser.ParseInput("x " + value, out _, out var errors);
        return errors.Length == 0
            && ast.EndBlock?.Statements is [PipelineAst { PipelineElements: [CommandAst { CommandElements: [_, StringConstantExpressionAst argument] }] }]
            && argument.StringConstantType == StringConstantType.BareWord
            && argument.Value == value;
    }
}
