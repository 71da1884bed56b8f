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

    public static string OrleansVersion =>
        typeof(Orleans.IGrainFactory).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";
}
