using System.Globalization;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Core.Tests.Localization;

/// <summary>How the language of messages is chosen from the UI culture, and that both languages' texts are read.</summary>
public sealed class MessageTextTests
{
    [Theory]
    [InlineData("zh-CN")]
    [InlineData("zh-Hans")]
    [InlineData("zh-SG")]
    [InlineData("zh")]
    [InlineData("zh-TW")]
    [InlineData("zh-Hant-HK")]
    public void EveryChineseCultureReadsChinese(string culture)
    {
        Assert.Equal(Language.Chinese, MessageText.LanguageOf(CultureInfo.GetCultureInfo(culture)));
        Assert.Equal("编号 2021/0347：x", InCulture(culture, () => MessageText.Format(Messages.ItemRefused, "2021/0347", "x")));
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("en-GB")]
    [InlineData("fr-FR")]
    [InlineData("")]
    public void AnyOtherCultureReadsEnglish(string culture)
    {
        Assert.Equal(Language.English, MessageText.LanguageOf(CultureInfo.GetCultureInfo(culture)));
        Assert.Equal("Suggestion '2021/0347': x", InCulture(culture, () => MessageText.Format(Messages.ItemRefused, "2021/0347", "x")));
    }

    [Fact]
    public void ValuesAreWrittenAlikeInBothLanguages()
    {
        var day = new DateOnly(2021, 3, 5);

        var chinese = InCulture("zh-CN", () => MessageText.Format(Messages.ItemAlreadySignedFor, day));
        var english = InCulture("de-DE", () => MessageText.Format(Messages.ItemAlreadySignedFor, day));

        Assert.Equal("已于 2021-03-05 签收，无需再登记。", chinese);
        Assert.Equal("it was already signed for on 2021-03-05; nothing to record.", english);
    }

    [Fact]
    public void AHostWithALanguageSettingGetsItsCulture()
    {
        Assert.Equal(Language.Chinese, MessageText.LanguageOf(MessageText.CultureOf(Language.Chinese)));
        Assert.Equal(Language.English, MessageText.LanguageOf(MessageText.CultureOf(Language.English)));
    }

    [Fact]
    public void EnumValuesAreShownInTheUiCulturesLanguage()
    {
        Assert.Equal("主办", InCulture("zh-CN", () => HandlingRoleRules.Words.Shown(HandlingRole.Lead)));
        Assert.Equal("Lead", InCulture("en-US", () => HandlingRoleRules.Words.Shown(HandlingRole.Lead)));
        Assert.Equal("基本满意", InCulture("zh-SG", () => ItemWords.For(typeof(EvaluationResult))!.Shown(EvaluationResult.BasicallySatisfied)));
    }

    /// <summary>Runs <paramref name="read"/> under a UI culture, on a task as core code may run, and restores the culture.</summary>
    internal static T InCulture<T>(string culture, Func<T> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return Task.Run(read).GetAwaiter().GetResult();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
