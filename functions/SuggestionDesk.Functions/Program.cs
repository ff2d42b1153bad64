using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SuggestionDesk.Functions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
// ASP.NET Core integration: the action pages' HTTP functions hand the request to SuggestionDesk.Web's handler.
builder.ConfigureFunctionsWebApplication();
// Messages in the language of the Language setting, whatever the machine's culture.
builder.UseMiddleware<LanguageMiddleware>();
builder.Services
    .AddApplicationInsightsTelemetryWorkerService()
    .ConfigureFunctionsApplicationInsights()
    .AddSuggestionDesk(builder.Configuration);
builder.Build().Run();
