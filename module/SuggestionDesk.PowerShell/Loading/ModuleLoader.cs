using System.Management.Automation;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace SuggestionDesk.PowerShell.Loading;

/// <summary>
/// Sends requests for our own libraries (SuggestionDesk.*) from this assembly to the private load context,
/// where their dependencies resolve too. Hooked in a module initializer, so it is in place before
/// PowerShell inspects the cmdlets; unhooked when the last import of the module is removed (so another version
/// imported later resolves its own libraries), and hooked again when it is imported again: the assembly stays
/// loaded, so <c>Import-Module -Force</c> or <c>Remove-Module</c> then <c>Import-Module</c> runs no module initializer.
/// </summary>
public sealed class ModuleLoader : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    private static readonly object Gate = new();
    private static DependencyLoadContext? context;
    private static int imports;

    /// <summary>Counts an import (one per runspace that imports the module) and hooks the resolver if it is not.</summary>
    public void OnImport()
    {
        lock (Gate)
        {
            imports++;
            Hook();
        }
    }

    /// <summary>Unhooks the resolver when the last import is removed.</summary>
    public void OnRemove(PSModuleInfo psModuleInfo)
    {
        lock (Gate)
        {
            imports = Math.Max(0, imports - 1);
            if (imports == 0)
            {
                AssemblyLoadContext.Default.Resolving -= Resolve;
            }
        }
    }

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
        Hook();
    }

    /// <summary>Hooks the resolver once however often it is called (removing a handler that is not there does nothing).</summary>
    private static void Hook()
    {
        if (context is not null)
        {
            AssemblyLoadContext.Default.Resolving -= Resolve;
            AssemblyLoadContext.Default.Resolving += Resolve;
        }
    }

    // Satellites (SuggestionDesk.Core.resources, culture zh) are not sent: the runtime finds each in the zh/ folder beside
    // its main assembly, in that assembly's own load context; a culture without one falls back to the next.
    private static Assembly? Resolve(AssemblyLoadContext requester, AssemblyName name) =>
        context is not null && string.IsNullOrEmpty(name.CultureName) && name.Name is { } simple
            && simple.StartsWith("SuggestionDesk.", StringComparison.Ordinal)
            ? context.LoadFromAssemblyName(name)
            : null;
}
