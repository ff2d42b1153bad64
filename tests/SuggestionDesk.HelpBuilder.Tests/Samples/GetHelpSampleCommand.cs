using System.Management.Automation;

namespace SuggestionDesk.HelpBuilder.Tests.Samples;

/// <summary>
/// A cmdlet that exists only to be documented: -Name is in two parameter sets (mandatory at position 0 in one,
/// optional at position 1 in the other), -IncludeClosed is a switch in every set.
/// </summary>
[Cmdlet(VerbsCommon.Get, "HelpSample", DefaultParameterSetName = ByName)]
[OutputType(typeof(string))]
public sealed class GetHelpSampleCommand : PSCmdlet
{
    public const string ByName = "ByName";
    public const string BySession = "BySession";

    [Parameter(ParameterSetName = ByName, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Parameter(ParameterSetName = BySession, Position = 1)]
    [Alias("Id")]
    public string[] Name { get; set; } = [];

    [Parameter(ParameterSetName = BySession, Mandatory = true, Position = 0)]
    public string Session { get; set; } = string.Empty;

    [Parameter]
    public SwitchParameter IncludeClosed { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var name in Name)
        {
            WriteObject($"{Session}{name}{(IncludeClosed ? " (closed too)" : string.Empty)}");
        }
    }
}
