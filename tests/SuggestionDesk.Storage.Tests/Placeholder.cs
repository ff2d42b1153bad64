namespace SuggestionDesk.Storage.Tests; internal static class Placeholder { }
