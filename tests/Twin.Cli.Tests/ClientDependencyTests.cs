using System.Text.Json;
using Twin.Client.Connection;
using Twin.Client.Studies;
using Twin.Storage.Configuration;
using Twin.Testing;

namespace Twin.Cli.Tests;

/// <summary>
/// Twin.Client is what a planner's program references: it must bring no silo, grain class or
/// database driver with it. Those belong to Twin.Hosting (the embedded silo) and the silo host.
/// </summary>
public class ClientDependencyTests
{
    private static readonly string[] ServerOnly =
        ["Twin.Grains", "Twin.Storage", "Twin.Hosting", "Microsoft.Orleans.Server", "Microsoft.Orleans.Runtime", "Orleans.Runtime", "Npgsql", "Microsoft.Data.Sqlite"];

    [Fact]
    public void The_client_assembly_references_no_grain_storage_or_silo_assembly()
    {
        var referenced = typeof(TwinClient).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();
        Assert.Contains("Twin.Contracts", referenced);
        AssertNone(referenced, "Twin.Client.dll references");
    }

    [Fact]
    public void The_client_project_brings_no_grain_storage_or_silo_package_even_transitively()
    {
        // Restore writes the project's whole dependency closure here; a reference added to
        // Twin.Contracts or Twin.Model would show up in it too.
        using var assets = JsonDocument.Parse(File.ReadAllText(Repository.Path("client", "Twin.Client", "obj", "project.assets.json")));
        var closure = assets.RootElement.GetProperty("targets").EnumerateObject().Single().Value
            .EnumerateObject().Select(library => library.Name.Split('/')[0]).ToArray();
        Assert.Contains("Microsoft.Orleans.Client", closure);
        AssertNone(closure, "Twin.Client depends on");
    }

    [Fact]
    public void A_client_looks_for_the_cluster_and_service_ids_the_silos_use_by_default()
    {
        Assert.Equal(ClusterSettings.DefaultClusterId, TwinConnection.DefaultClusterId);
        Assert.Equal(ClusterSettings.DefaultServiceId, TwinConnection.DefaultServiceId);
    }

    private static void AssertNone(IEnumerable<string> names, string what)
    {
        var found = names.Where(IsServerOnly).ToArray();
        Assert.True(found.Length == 0, $"{what} {string.Join(", ", found)}, which only a silo needs");
    }

    private static bool IsServerOnly(string name) => ServerOnly.Any(s => name.Equals(s, StringComparison.OrdinalIgnoreCase));
}
