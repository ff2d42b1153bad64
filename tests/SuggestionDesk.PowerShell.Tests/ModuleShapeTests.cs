using System.Reflection;
using SuggestionDesk.PowerShell.Items;

namespace SuggestionDesk.PowerShell.Tests;

public sealed class ModuleShapeTests
{
    private static readonly Assembly Module = typeof(GetSuggestionCommand).Assembly;

    private static readonly CmdletAttribute[] Cmdlets = Module.GetExportedTypes()
        .Where(t => !t.IsAbstract && typeof(Cmdlet).IsAssignableFrom(t))
        .Select(t => t.GetCustomAttribute<CmdletAttribute>()!)
        .ToArray();

    [Fact]
    public void TheCmdletAssemblyReferencesNoAzurePackageSoItCannotBindToAnotherModulesCopy()
    {
        // Everything Azure must load through our libraries in the module's own load context (dependencies/).
        var references = Module.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        var foreign = references.Where(n => !(n.StartsWith("System", StringComparison.Ordinal)
            || n.StartsWith("SuggestionDesk.", StringComparison.Ordinal) || n is "netstandard" or "mscorlib" or "Microsoft.PowerShell.Commands.Utility")).ToArray();

        Assert.True(foreign.Length == 0, "SuggestionDesk.dll references: " + string.Join(", ", foreign));
    }

    [Fact]
    public void TheManifestExportsExactlyTheCmdletsInTheAssembly()
    {
        var manifest = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "SuggestionDesk.psd1"));
        var listed = System.Text.RegularExpressions.Regex.Matches(manifest, @"'([A-Z][a-z]+-Suggestion[A-Za-z]*)'").Select(m => m.Groups[1].Value).Order().ToArray();

        var defined = Cmdlets.Select(c => $"{c.VerbName}-{c.NounName}").Order().ToArray();

        Assert.Equal(defined, listed);
    }

    [Fact]
    public void EveryCmdletUsesAnApprovedVerb()
    {
        using var ps = System.Management.Automation.PowerShell.Create();
        var approved = ps.AddCommand("Get-Verb").Invoke().Select(v => v.Properties["Verb"].Value.ToString()).ToHashSet();

        Assert.All(Cmdlets, c => Assert.True(approved.Contains(c.VerbName), $"{c.VerbName}-{c.NounName} uses an unapproved verb"));
    }

    [Fact]
    public void EveryCmdletThatChangesDataSupportsWhatIfAndConfirm()
    {
        string[] readOnly = ["Get", "Connect"];

        var changers = Cmdlets.Where(c => !readOnly.Contains(c.VerbName)).ToArray();

        Assert.NotEmpty(changers);
        Assert.All(changers, c => Assert.True(c.SupportsShouldProcess, $"{c.VerbName}-{c.NounName} changes data but has no -WhatIf/-Confirm"));
    }
}
