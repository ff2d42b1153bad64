using System.Text.Json;
using SuggestionDesk.Calendar;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Storage;

/// <summary>
/// The deadline policy as the JSON of its settings row: each rule by the names of its clock, kind, role and unit, so
/// the row reads the same after the enums gain values. A row that cannot be read is refused naming the value.
/// </summary>
internal sealed class DeadlinePolicyDocument
{
    public List<RuleDocument> Rules { get; init; } = [];

    public RuleDocument? ExtensionLimit { get; init; }

    public static string Write(DeadlinePolicy policy) => JsonSerializer.Serialize(
        new DeadlinePolicyDocument
        {
            Rules = policy.Entries.Select(e => new RuleDocument
            {
                Clock = e.Clock.ToString(), Kind = e.Kind?.ToString(), Role = e.Role?.ToString(), Amount = e.Rule.Amount, Unit = e.Rule.Unit.ToString(),
            }).ToList(),
            ExtensionLimit = new RuleDocument { Amount = policy.ExtensionLimit.Amount, Unit = policy.ExtensionLimit.Unit.ToString() },
        },
        StorageJson.Options);

    public static DeadlinePolicy Read(string json, string where)
    {
        DeadlinePolicyDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<DeadlinePolicyDocument>(json, StorageJson.Options);
        }
        catch (JsonException e)
        {
            throw Unreadable(where, MessageText.Format(Localization.Messages.StorePolicyNotJson, e.Message), e);
        }

        if (document is null)
        {
            throw Unreadable(where, Localization.Messages.StorePolicyEmpty, null);
        }

        try
        {
            var entries = document.Rules.Select(r => new PolicyEntry(
                Parse<DeadlineClock>(r.Clock, "clock"),
                DeadlineRule.Of(r.Amount, Parse<DeadlineUnit>(r.Unit, "unit")),
                r.Kind is null ? null : Parse<ItemKind>(r.Kind, "kind"),
                r.Role is null ? null : Parse<HandlingRole>(r.Role, "role")));
            var limit = document.ExtensionLimit is { } l ? DeadlineRule.Of(l.Amount, Parse<DeadlineUnit>(l.Unit, "unit")) : DeadlinePolicy.Default.ExtensionLimit;
            return DeadlinePolicy.From(entries, limit);
        }
        catch (ArgumentException e)
        {
            throw Unreadable(where, e.Message, e);
        }
    }

    private static T Parse<T>(string? name, string what)
        where T : struct, Enum =>
        name is not null && Enum.TryParse<T>(name, ignoreCase: false, out var value) && Enum.IsDefined(value)
            ? value
            : throw new ArgumentException(MessageText.Format(Localization.Messages.StorePolicyNotOneOf, what, name, string.Join(", ", Enum.GetNames<T>())));

    private static InvalidDataException Unreadable(string where, string why, Exception? inner) =>
        new(MessageText.Format(Localization.Messages.StorePolicyUnreadable, where, why), inner);

    internal sealed class RuleDocument
    {
        public string? Clock { get; init; }

        public string? Kind { get; init; }

        public string? Role { get; init; }

        public int Amount { get; init; }

        public string? Unit { get; init; }
    }
}
