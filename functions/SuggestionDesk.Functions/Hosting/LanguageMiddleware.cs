using System.Globalization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using SuggestionDesk.Functions.Settings;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Functions.Hosting;

/// <summary>
/// Runs every function in the language of the app's Language setting (docs/messages.md): the core's messages (refusals,
/// run records' reasons) are read in the current UI culture, which this sets for the invocation and whatever it starts.
/// </summary>
public sealed class LanguageMiddleware(DeskOptions options) : IFunctionsWorkerMiddleware
{
    /// <inheritdoc />
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        // Set inside this async method, the culture flows into the invocation and is restored when it returns.
        CultureInfo.CurrentUICulture = MessageText.CultureOf(options.Language);
        await next(context).ConfigureAwait(false);
    }
}
