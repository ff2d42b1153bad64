using System.Reflection;
using SuggestionDesk.Graph;
using SuggestionDesk.Mail;
using SuggestionDesk.PowerShell.Base;

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
        { nameof(MailCmdlet.Transport), MailTransport.Names },
        { nameof(MailCmdlet.Cloud), GraphCloud.Known.Select(c => c.Name).ToArray() },
        { nameof(MailCmdlet.SmtpSecurity), Enum.GetNames<SmtpSecurity>() },
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public void AValidateSetListsExactlyWhatItsSourceKnows(string parameter, string[] source)
    {
        var set = typeof(MailCmdlet).GetProperty(parameter)!.GetCustomAttribute<ValidateSetAttribute>()!;

        Assert.Equal(source, set.ValidValues);
    }

    [Fact]
    public void NoOtherParameterOfTheModuleKeepsAHandWrittenSet()
    {
        // Declared once, in the base of the cmdlets that send mail.
        var sets = typeof(MailCmdlet).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => (Type: t, Property: p)))
            .Where(x => x.Property.GetCustomAttribute<ValidateSetAttribute>() is not null)
            .Select(x => $"{x.Type.Name}.{x.Property.Name}")
            .ToArray();

        Assert.Equal(["MailCmdlet.Transport", "MailCmdlet.Cloud", "MailCmdlet.SmtpSecurity"], sets);
    }
}
