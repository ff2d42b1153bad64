namespace SuggestionDesk.Web.Tests;

/// <summary>The Web tests share one Azurite and one headless Chromium, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>, ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Azurite";
}
