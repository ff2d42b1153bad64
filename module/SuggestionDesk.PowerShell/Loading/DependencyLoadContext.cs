using System.Reflection;
using System.Runtime.Loader;

namespace SuggestionDesk.PowerShell.Loading;

/// <summary>
/// Loads the module's dependencies from its own dependencies/ folder, apart from what other modules loaded
/// (Az.Accounts brings its own Azure.Core, Microsoft.Graph its own Azure.Identity). An assembly the runtime
/// itself ships (System.Text.Json, ...) in the same or a newer version comes from the runtime instead, so
/// we never run an older copy of the framework than PowerShell does.
/// </summary>
internal sealed class DependencyLoadContext(string folder) : AssemblyLoadContext("SuggestionDesk", isCollectible: false)
{
    private static readonly Lazy<Dictionary<string, Version>> Framework = new(ReadFramework);

    public string Folder { get; } = folder;

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name is not { } name)
        {
            return null;
        }

        if (Framework.Value.TryGetValue(name, out var shipped) && shipped >= (assemblyName.Version ?? new Version()))
        {
            return null;
        }

        var path = Path.Combine(Folder, name + ".dll");
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = Path.Combine(Folder, unmanagedDllName);
        return File.Exists(path) ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
    }

    /// <summary>The runtime's own assemblies (the trusted platform assemblies) and their versions.</summary>
    private static Dictionary<string, Version> ReadFramework()
    {
        var versions = new Dictionary<string, Version>(StringComparer.OrdinalIgnoreCase);
        var list = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty;
        foreach (var path in list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            try
            {
                var name = AssemblyName.GetAssemblyName(path);
                if (name.Name is { } simple && name.Version is { } version)
                {
                    versions[simple] = version;
                }
            }
            catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException)
            {
                // Native or unreadable entries are not ours to load anyway.
            }
        }

        return versions;
    }
}
