using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Twin.Storage.Hosting;

namespace Twin.Storage.Tests.Support;

/// <summary>An Orleans client that finds a cluster the way an operator's client does: from the same settings as its silos.</summary>
public static class ClusterClient
{
    public static async Task<IHost> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        builder.UseOrleansClient(client => client.UseTwinCluster(configuration));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
