using System.Reflection;
using SuggestionDesk.Graph;
using SuggestionDesk.Mail;
using SuggestionDesk.PowerShell.Reminders;

namespace SuggestionDesk.PowerShell.Tests;

/// <summary>
/// The few parameters that keep a hand-written [ValidateSet] (the module builds against PowerShell 5.1's reference
/// assembly, which has no generated sets) list exactly what their source type knows; the domain's enums need none,
/// their words come from the enums themselves.
/// </summary>
public sealed class ValidateSetDriftTests
{
    public static TheoryData<string, string[]> Sets => new()
    {
        { nameof(SendSuggestionReminderCommand.Transport), MailTransport.Names },
        { nameof(SendSuggestionReminderCommand.Cloud), GraphCloud.Known.Select(c => c.Name).ToArray() },
        { nameof(SendSuggestionReminderCommand.SmtpSecurity), Enum.GetNames<SmtpSecurity>() },
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public void AValidateSetListsExactlyWhatItsSourceKnows(string parameter, string[] source)
    {
        var set = typeof(SendSuggestionReminderCommand).GetProperty(parameter)!.GetCustomAttribute<ValidateSetAttribute>()!;

        Assert.Equal(source, set.ValidValues);
    }

    [Fact]
    public void NoOtherParameterOfTheModuleKeepsAHandWrittenSet()
    {
        var sets = typeof(SendSuggestionReminderCommand).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties().Select(p => (Type: t, Property: p)))
            .Where(x => x.Property.GetCustomAttribute<ValidateSetAttribute>() is not null)
            .Select(x => $"{x.Type.Name}.{x.Property.Name}")
            .ToArray();

        Assert.Equal(["SendSuggestionReminderCommand.Transport", "SendSuggestionReminderCommand.Cloud", "SendSuggestionReminderCommand.SmtpSecurity"], sets);
    }
}
