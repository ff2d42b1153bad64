using SuggestionDesk.HelpBuilder.Tests.Samples;

namespace SuggestionDesk.HelpBuilder.Tests;

/// <summary>
/// Docs in a folder per language (en-US/, zh-CN/): each language is written to the module's culture folder with its
/// about topics, and nothing is written when a cmdlet, parameter, example or topic is missing in one language or an
/// example's code differs.
/// </summary>
public sealed class LocalizedHelpBuildTests
{
    private static readonly string SampleAssembly = typeof(GetHelpSampleCommand).Assembly.Location;

    private static string ChineseSet => SampleDocs.SetHelpSample
        .Replace("Sets the title of a sample item.", "设置示例件的标题。", StringComparison.Ordinal)
        .Replace("Changes the item's title.", "修改该件的标题。", StringComparison.Ordinal)
        .Replace("The item number.", "该件的编号。", StringComparison.Ordinal);

    private static string ChineseGet => SampleDocs.GetHelpSample
        .Replace("Gets sample items by name or by session.", "按名称或届次获取示例件。", StringComparison.Ordinal);

    private static TempFolder Docs(string chineseSet, bool chineseTopic = true, string? chineseGet = null)
    {
        var folder = new TempFolder();
        Write(folder, "en-US/Get-HelpSample.md", SampleDocs.GetHelpSample);
        Write(folder, "en-US/Set-HelpSample.md", SampleDocs.SetHelpSample);
        Write(folder, "en-US/about_HelpSample.help.txt", "TOPIC\n    about_HelpSample\n\nSHORT DESCRIPTION\n    Samples.\n");
        Write(folder, "zh-CN/Get-HelpSample.md", chineseGet ?? ChineseGet);
        Write(folder, "zh-CN/Set-HelpSample.md", chineseSet);
        Write(folder, "zh-CN/README.md", "# 中文帮助\n");
        if (chineseTopic)
        {
            Write(folder, "zh-CN/about_HelpSample.help.txt", "主题\n    about_HelpSample\n\n简要说明\n    示例。\n");
        }

        return folder;
    }

    // Set-HelpSample without -Title, in its syntax line and under PARAMETERS.
    private static string WithoutTitle(string doc) =>
        doc.Replace(" [-Title <String>]", string.Empty, StringComparison.Ordinal)
            .Remove(doc.IndexOf("### -Title", StringComparison.Ordinal) - " [-Title <String>]".Length,
                doc.IndexOf("### -WhatIf", StringComparison.Ordinal) - doc.IndexOf("### -Title", StringComparison.Ordinal));

    private static void Write(TempFolder folder, string file, string text)
    {
        var path = Path.Combine(folder.Path, "docs", file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static (int ExitCode, string Output, string Error, string Module) Build(TempFolder docs)
    {
        var module = Path.Combine(docs.Path, "module");
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = HelpBuilderCommand.Run(
            [Path.Combine(docs.Path, "docs"), Path.Combine(module, "Sample.dll-Help.xml"), "--assembly", SampleAssembly], output, error);
        return (exitCode, output.ToString(), error.ToString(), module);
    }

    [Fact]
    public void EachLanguageIsWrittenToItsCultureFolderWithItsAboutTopics()
    {
        using var docs = Docs(ChineseSet);

        var (exitCode, output, error, module) = Build(docs);

        Assert.Equal((HelpBuilderCommand.Written, string.Empty), (exitCode, error));
        Assert.Contains("help for 2 cmdlet(s) and 1 about topic(s), checked against SuggestionDesk.HelpBuilder.Tests.dll", output);
        Assert.Contains("Sets the title of a sample item.", File.ReadAllText(Path.Combine(module, "en-US", "Sample.dll-Help.xml")));
        Assert.Contains("设置示例件的标题。", File.ReadAllText(Path.Combine(module, "zh-CN", "Sample.dll-Help.xml")));
        Assert.Contains("示例。", File.ReadAllText(Path.Combine(module, "zh-CN", "about_HelpSample.help.txt")));
        Assert.Contains("Samples.", File.ReadAllText(Path.Combine(module, "en-US", "about_HelpSample.help.txt")));
        Assert.False(File.Exists(Path.Combine(module, "Sample.dll-Help.xml")));
    }

    [Fact]
    public void ACmdletTranslatedInOneLanguageOnlyStopsTheBuild()
    {
        using var docs = Docs(ChineseSet);
        File.Delete(Path.Combine(docs.Path, "docs", "zh-CN", "Set-HelpSample.md"));

        var (exitCode, _, error, module) = Build(docs);

        Assert.Equal(HelpBuilderCommand.DocProblems, exitCode);
        Assert.Contains(Path.Combine("zh-CN", "Set-HelpSample.md") + ": error: missing: the module has the cmdlet Set-HelpSample", error);
        Assert.Contains(Path.Combine("zh-CN", "Set-HelpSample.md") + ": error: missing: en-US/Set-HelpSample.md has no translation here", error);
        Assert.False(Directory.Exists(module));
    }

    [Fact]
    public void AParameterMissingInTheTranslationStopsTheBuild()
    {
        using var docs = Docs(WithoutTitle(ChineseSet));

        var (exitCode, _, error, _) = Build(docs);

        Assert.Equal(HelpBuilderCommand.DocProblems, exitCode);
        Assert.Contains("-Title is documented in en-US but not here; add '### -Title' under PARAMETERS.", error);
    }

    [Fact]
    public void AParameterMissingInEnglishButTranslatedStopsTheBuild()
    {
        using var docs = Docs(ChineseSet);
        var english = Path.Combine(docs.Path, "docs", "en-US", "Set-HelpSample.md");
        File.WriteAllText(english, WithoutTitle(File.ReadAllText(english)));

        var (exitCode, _, error, _) = Build(docs);

        Assert.Equal(HelpBuilderCommand.DocProblems, exitCode);
        Assert.Contains(Path.Combine("en-US", "Set-HelpSample.md") + ": error: -Title of Set-HelpSample is not documented", error);
        Assert.Contains(Path.Combine("zh-CN", "Set-HelpSample.md") + ": error: documents -Title, which en-US's doc does not", error);
    }

    [Fact]
    public void AMissingExampleStopsTheBuild()
    {
        var second = ChineseGet.IndexOf("### Example 2", StringComparison.Ordinal);
        Assert.True(second > 0, "the sample doc has a second example");
        var oneExample = ChineseGet.Remove(second, ChineseGet.IndexOf("## PARAMETERS", StringComparison.Ordinal) - second);
        using var docs = Docs(ChineseSet, chineseGet: oneExample);

        var (exitCode, _, error, _) = Build(docs);

        Assert.Equal(HelpBuilderCommand.DocProblems, exitCode);
        Assert.Contains("has 1 example(s) but en-US has", error);
    }

    [Fact]
    public void AnExampleWhoseCodeDiffersStopsTheBuild()
    {
        using var docs = Docs(ChineseSet.Replace("-Title 关于加快老旧小区改造的建议", "-Title 另一个标题", StringComparison.Ordinal));

        var (exitCode, _, error, _) = Build(docs);

        Assert.Equal(HelpBuilderCommand.DocProblems, exitCode);
        Assert.Contains("the code of example 1 ('Example 1: Retitle an item') differs from en-US's", error);
    }

    [Fact]
    public void YamlThatDiffersStopsTheBuild()
    {
        using var docs = Docs(ChineseSet.Replace("Aliases: wi", "Aliases: w", StringComparison.Ordinal));

        var (exitCode, _, error, _) = Build(docs);

        Assert.Equal(HelpBuilderCommand.DocProblems, exitCode);
        Assert.Contains("-WhatIf: the yaml differs from en-US's", error);
    }

    [Fact]
    public void AnAboutTopicMissingInOneLanguageStopsTheBuild()
    {
        using var docs = Docs(ChineseSet, chineseTopic: false);

        var (exitCode, _, error, _) = Build(docs);

        Assert.Equal(HelpBuilderCommand.DocProblems, exitCode);
        Assert.Contains(Path.Combine("zh-CN", "about_HelpSample.help.txt") + ": error: missing: en-US/about_HelpSample.help.txt has no translation here", error);
    }

    [Fact]
    public void ADocLeftBesideTheLanguageFoldersOrAFolderThatIsNoLanguageStopsTheBuild()
    {
        using var docs = Docs(ChineseSet);
        Write(docs, "Get-HelpSample.md", SampleDocs.GetHelpSample);
        Write(docs, "drafts/Set-HelpSample.md", SampleDocs.SetHelpSample);

        var (exitCode, _, error, _) = Build(docs);

        Assert.Equal(HelpBuilderCommand.DocProblems, exitCode);
        Assert.Contains("Get-HelpSample.md: error: a doc outside the language folders is not built; move it to en-US/Get-HelpSample.md", error);
        Assert.Contains("'drafts' is not a language folder", error);
    }
}
