using System.Management.Automation;

namespace SuggestionDesk.PowerShell.Runs;

/// <summary>Who a cmdlet's run is recorded as: the signed-in user; nobody for a <c>-WhatIf</c> run, which records nothing.</summary>
internal static class RunHost
{
    public static string? For(PSCmdlet cmdlet)
    {
        var whatIf = cmdlet.MyInvocation.BoundParameters.TryGetValue("WhatIf", out var given)
            ? given is SwitchParameter { IsPresent: true } || given is true
            : cmdlet.SessionState.PSVariable.GetValue("WhatIfPreference") is SwitchParameter { IsPresent: true } or true;
        return whatIf ? null : Environment.UserName;
    }
}
