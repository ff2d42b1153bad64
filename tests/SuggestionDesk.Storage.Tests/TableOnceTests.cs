using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using SuggestionDesk.Reminders;

namespace SuggestionDesk.Storage.Tests;

/// <summary>A store asks for its table once in its life, not before every call: one request saved per call.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableOnceTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task EachSettingsStoreCreatesItsTableOnceWhateverItsCalls()
    {
        var counter = new CreateTableCounter();
        var options = new TableClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerCall);
        var service = new TableServiceClient(azurite.ConnectionString, options);
        var names = AzuriteFixture.NewNames();
        var policies = new TableReminderPolicyStore(service, names);
        var directory = new TableReminderDirectoryStore(service, names);
        var calendars = new TableCalendarStore(service, names);

        for (var i = 0; i < 3; i++)
        {
            await policies.GetAsync();
            await policies.SaveAsync(ReminderPolicy.Default);
            await directory.GetAsync();
            await calendars.GetYearsAsync();
        }

        Assert.Equal(3, counter.Creates);
    }

    private sealed class CreateTableCounter : HttpPipelineSynchronousPolicy
    {
        private int creates;

        public int Creates => creates;

        public override void OnSendingRequest(HttpMessage message)
        {
            if (message.Request.Method == RequestMethod.Post && message.Request.Uri.Path.EndsWith("/Tables", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref creates);
            }
        }
    }
}
