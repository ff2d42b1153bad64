using System.Management.Automation;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace SuggestionDesk.PowerShell.Loading;

/// <summary>
/// Sends requests for our own libraries (SuggestionDesk.*) from this assembly to the private load context,
/// where their dependencies resolve too. Hooked in a module initializer, so it is in place before
/// PowerShell inspects the cmdlets; unhooked when the module is removed.
/// </summary>
public sealed class ModuleLoader : IModuleAssemblyCleanup
{
    private static DependencyLoadContext? context;

    /// <summary>Unhooks the resolver when the module is removed.</summary>
    public void OnRemove(PSModuleInfo psModuleInfo) => AssemblyLoadContext.Default.Resolving -= Resolve;

    // A module initializer is exactly right here: the resolver must be in place before PowerShell reflects
    // over the cmdlets, which can happen before any IModuleAssemblyInitializer.OnImport runs.
#pragma warning disable CA2255
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Initialize()
    {
        var folder = Path.Combine(Path.GetDirectoryName(typeof(ModuleLoader).Assembly.Location) ?? ".", "dependencies");
        // Built for tests or debugging, the libraries sit beside this assembly and load normally.
        if (!Directory.Exists(folder))
        {
            return;
        }

        context = new DependencyLoadContext(folder);
        AssemblyLoadContext.Default.Resolving += Resolve;
    }

    private static Assembly? Resolve(AssemblyLoadContext requester, AssemblyName name) =>
        context is not null && name.Name is { } simple && simple.StartsWith("SuggestionDesk.", StringComparison.Ordinal)
            ? context.LoadFromAssemblyName(name)
            : null;
}
