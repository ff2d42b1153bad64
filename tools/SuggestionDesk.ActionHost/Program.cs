using SuggestionDesk.Items;
using SuggestionDesk.Storage;
using SuggestionDesk.Web;

// The action pages over the store in $env:SUGGESTIONDESK_STORAGE (else Azurite's default), on 127.0.0.1 only.
//   dotnet run --project tools/SuggestionDesk.ActionHost -- [--port 5080] [--prefix sd] [--language Chinese|English]
var options = Arguments(args);
var port = int.TryParse(options.GetValueOrDefault("port", "5080"), out var given) && given is >= 0 and <= 65535
    ? given
    : throw new ArgumentException($"--port '{options["port"]}' is not a port. Give 0 to 65535 (0 picks a free one).");
if (!LanguageNames.Words.TryRead(options.GetValueOrDefault("language", "Chinese"), out var language))
{
    throw new ArgumentException($"--language '{options["language"]}' is not a language. Give {LanguageNames.Words.Expected}.");
}

var storage = SuggestionStorage.FromConnectionString(null, options.GetValueOrDefault("prefix"));
await storage.CheckAsync();
var documents = BlobReplyDocumentStore.FromConnectionString(null);
await using var host = await LocalActionHost.StartAsync(
    new ActionLinkServices(storage, documents, TimeProvider.System), new ActionPagesOptions { Language = language }, port);
Console.WriteLine($"Serving the action pages of the tables '{storage.Names.Prefix}*' at {host.BaseUrl}act/<token> (Ctrl+C stops).");
await host.WaitForShutdownAsync();

static Dictionary<string, string> Arguments(string[] args)
{
    var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
    for (var i = 0; i < args.Length; i += 2)
    {
        if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
        {
            throw new ArgumentException($"'{args[i]}' is not understood. Give --port <n>, --prefix <table prefix> or --language <Chinese|English>.");
        }

        options[args[i][2..]] = args[i + 1];
    }

    return options;
}
