using Twin.Hosting;
using Twin.Testing;

namespace Twin.Cli.Tests.Docs;

/// <summary>Runs alone: the example reads scenarios/ and writes out/ relative to the current folder, which is the process's.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CurrentFolderCollection
{
    public const string Name = "current folder";
}

[Collection(CurrentFolderCollection.Name)]
public class DotnetClientDocTests
{
    [Fact]
    public void The_docs_example_is_the_compiled_example_word_for_word()
    {
        Assert.Equal(Block(Repository.Path("tests", "Twin.Cli.Tests", "Docs", "DotnetClientExample.cs"), "// example:start", "// example:end"),
            Block(Repository.Path("docs", "dotnet-client.md"), "// twin: the TwinConnection above", "```"));
    }

    [Fact]
    public async Task The_docs_example_runs_as_written_from_a_folder_with_the_scenarios()
    {
        using var folder = new TempFolder("twin-doc-example-");
        Directory.CreateDirectory(folder.PathOf("scenarios"));
        foreach (var file in Directory.GetFiles(Repository.Path("scenarios"), "*.json"))
            File.Copy(file, folder.PathOf("scenarios", Path.GetFileName(file)));
        var before = Environment.CurrentDirectory;
        Environment.CurrentDirectory = folder.Path;
        try
        {
            await using var twin = await TwinConnections.OpenAsync(cluster: null, folder.PathOf("data"));
            await DotnetClientExample.RunAsync(twin);
        }
        finally
        {
            Environment.CurrentDirectory = before;
        }
        Assert.True(new FileInfo(folder.PathOf("out", "results.parquet")).Length > 0);
        Assert.True(File.Exists(folder.PathOf("out", "manifest.json")));
    }

    /// <summary>The lines between two markers, each trimmed of indentation, blank lines kept.</summary>
    private static string Block(string path, string start, string end)
    {
        var text = File.ReadAllText(path).Replace("\r\n", "\n");
        int from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"{path} has no '{start}'");
        from = text.IndexOf('\n', from) + 1;
        int to = text.IndexOf(end, from, StringComparison.Ordinal);
        return string.Join("\n", text[from..to].Split('\n').Select(l => l.Trim())).Trim();
    }
}
