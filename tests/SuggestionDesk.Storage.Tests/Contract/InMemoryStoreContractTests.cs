namespace SuggestionDesk.Storage.Tests.Contract;

// The same store contract on InMemorySuggestionStore: no emulator, so these run without Azurite
// (dotnet test --filter "FullyQualifiedName~Contract.InMemory").

public sealed class InMemoryRoundTripTests : RoundTripContract
{
    protected override ISuggestionStore NewStore() => new InMemorySuggestionStore();
}

public sealed class InMemoryConcurrencyTests : ConcurrencyContract
{
    protected override ISuggestionStore NewStore() => new InMemorySuggestionStore();
}

public sealed class InMemoryQueryTests : QueryContract
{
    protected override ISuggestionStore NewStore() => new InMemorySuggestionStore();
}

public sealed class InMemoryRemovalTests : RemovalContract
{
    protected override ISuggestionStore NewStore() => new InMemorySuggestionStore();
}

public sealed class InMemoryManyItemsTests : ManyItemsContract
{
    protected override ISuggestionStore NewStore() => new InMemorySuggestionStore();
}

public sealed class InMemoryPracticeTests : PracticeContract
{
    protected override ISuggestionStore NewStore() => new InMemorySuggestionStore();
}
