using System.Reflection;

namespace Twin.Contracts.Kernel;

/// <summary>The version of the twin's code, with the git commit the build came from when known.</summary>
public static class CodeVersion
{
    private static readonly string Informational =
        typeof(Twin.Model.Kernel.EntityHost).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>The full informational version, such as `0.1.0+3f2a...`.</summary>
    public static string Full => Informational;

    public static string Version => Informational.Split('+')[0];

    public static string? Commit => Informational.Contains('+') ? Informational.Split('+')[1] : null;

    /// <summary>
    /// What the result cache keys runs by: the version, plus the module ids of the assemblies that
    /// compute results. A deterministic build of the same source keeps them; any change to the
    /// models or the kernel changes them, so stored results of other code are never served.
    /// </summary>
    public static string CacheKey { get; } = string.Join("/", Full,
        typeof(Twin.Model.Kernel.EntityHost).Assembly.ManifestModule.ModuleVersionId.ToString("N"));

    public static string OrleansVersion =>
        typeof(Orleans.IGrainFactory).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";
}
