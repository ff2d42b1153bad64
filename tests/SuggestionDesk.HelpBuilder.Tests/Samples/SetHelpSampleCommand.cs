using System.Management.Automation;

namespace SuggestionDesk.HelpBuilder.Tests.Samples;

/// <summary>A second sample: one unnamed parameter set and ShouldProcess, so its doc must also describe -WhatIf and -Confirm.</summary>
[Cmdlet(VerbsCommon.Set, "HelpSample", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
public sealed class SetHelpSampleCommand : PSCmdlet
{
    [Parameter(Mandatory = true, Position = 0)]
    public string Name { get; set; } = string.Empty;

    [Parameter]
    public string? Title { get; set; }

    protected override void ProcessRecord()
    {
        if (ShouldProcess(Name, "Set the title"))
        {
            WriteObject(Title);
        }
    }
}
