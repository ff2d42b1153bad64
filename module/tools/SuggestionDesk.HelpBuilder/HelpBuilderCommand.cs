using SuggestionDesk.HelpBuilder.Coverage;
using SuggestionDesk.HelpBuilder.Maml;

namespace SuggestionDesk.HelpBuilder;

/// <summary>The command line: <c>&lt;docs folder&gt; &lt;output .dll-Help.xml&gt; [--assembly &lt;module dll&gt;]</c>.</summary>
public static class HelpBuilderCommand
{
    /// <summary>The help file was written.</summary>
    public const int Written = 0;

    /// <summary>A doc is incomplete or disagrees with the module; nothing was written.</summary>
    public const int DocProblems = 1;

    /// <summary>The command line was wrong or a path could not be read; nothing was written.</summary>
    public const int UsageError = 2;

    private const string Usage =
        "usage: SuggestionDesk.HelpBuilder <docs folder> <output .dll-Help.xml> [--assembly <module .dll>]";

    /// <summary>Runs the tool; messages go to <paramref name="output"/>, problems to <paramref name="error"/>.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var positional = new List<string>();
        string? assembly = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--assembly" && i + 1 < args.Count)
            {
                assembly = args[++i];
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                error.WriteLine($"unknown option '{args[i]}'.\n{Usage}");
                return UsageError;
            }
            else
            {
                positional.Add(args[i]);
            }
        }

        if (positional is not [var docs, var helpFile])
        {
            error.WriteLine(Usage);
            return UsageError;
        }

        if (!Directory.Exists(docs))
        {
            error.WriteLine($"the docs folder '{Path.GetFullPath(docs)}' does not exist.");
            return UsageError;
        }

        if (assembly is not null && !File.Exists(assembly))
        {
            error.WriteLine($"the module assembly '{Path.GetFullPath(assembly)}' does not exist; build the module first.");
            return UsageError;
        }

        var cmdlets = assembly is null ? null : CmdletAssemblyReader.Read(assembly);
        var result = HelpBuild.FromFolder(docs, cmdlets);
        if (!result.Succeeded)
        {
            foreach (var problem in result.Problems)
            {
                // "path: error: message", the form editors and CI logs pick out as an error on that file.
                error.WriteLine($"{Path.Combine(docs, problem.File)}: error: {problem.Message}");
            }

            error.WriteLine($"help not written: {result.Problems.Count} problem(s) in the docs under {docs}.");
            return DocProblems;
        }

        MamlWriter.Write(result.Commands, helpFile);
        output.WriteLine($"wrote {helpFile}: help for {result.Commands.Count} cmdlet(s){(cmdlets is null ? string.Empty : ", checked against " + Path.GetFileName(assembly))}.");
        return Written;
    }
}
