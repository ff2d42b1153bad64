namespace SuggestionDesk.Storage.Tests.Contract;

// The store contract on TableSuggestionStore over a real Azurite, each test on fresh tables.

[Collection(AzuriteCollection.Name)]
public sealed class TableRoundTripTests(AzuriteFixture azurite) : RoundTripContract
{
    protected override ISuggestionStore NewStore() => azurite.NewStore();
}

[Collection(AzuriteCollection.Name)]
public sealed class TableConcurrencyTests(AzuriteFixture azurite) : ConcurrencyContract
{
    protected override ISuggestionStore NewStore() => azurite.NewStore();
}

[Collection(AzuriteCollection.Name)]
public sealed class TableQueryTests(AzuriteFixture azurite) : QueryContract
{
    protected override ISuggestionStore NewStore() => azurite.NewStore();
}

[Collection(AzuriteCollection.Name)]
public sealed class TableRemovalTests(AzuriteFixture azurite) : RemovalContract
{
    protected override ISuggestionStore NewStore() => azurite.NewStore();
}

[Collection(AzuriteCollection.Name)]
public sealed class TableManyItemsTests(AzuriteFixture azurite) : ManyItemsContract
{
    protected override ISuggestionStore NewStore() => azurite.NewStore();
}

[Collection(AzuriteCollection.Name)]
public sealed class TablePracticeTests(AzuriteFixture azurite) : PracticeContract
{
    protected override ISuggestionStore NewStore() => azurite.NewStore();
}
