namespace Twin.Testing;

/// <summary>Programs of the repository built beside the tests (same configuration), for tests that run them as processes.</summary>
public static class BuildOutput
{
    /// <summary>bin/&lt;Configuration&gt;/net10.0 of this test project, mirrored for <paramref name="project"/> (e.g. "silo", "Twin.Silo").</summary>
    public static string Assembly(string folder, string project, string assembly)
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar));
        var path = Repository.Path(folder, project, "bin", output.Parent!.Name, output.Name, assembly);
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build {folder}/{project} first (dotnet build Twin.sln).", path);
    }
}
