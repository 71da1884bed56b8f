using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Twin.Storage.Hosting;
using Twin.Testing;

namespace Twin.Storage.Tests.Support;

/// <summary>
/// Silo processes started together on the same settings, and an Orleans client that finds them
/// the way an operator's client does: from those settings. All end together, killed silos too.
/// </summary>
public sealed class ProcessCluster : IAsyncDisposable
{
    private readonly IHost _client;

    private ProcessCluster(SiloProcess[] silos, IHost client)
    {
        Silos = silos;
        _client = client;
    }

    public IReadOnlyList<SiloProcess> Silos { get; }

    public IClusterClient Grains => _client.Services.GetRequiredService<IClusterClient>();

    public static async Task<ProcessCluster> StartAsync(IReadOnlyDictionary<string, string?> settings, int silos)
    {
        var started = await Task.WhenAll(Enumerable.Range(0, silos).Select(_ => SiloProcess.StartAsync(settings)));
        try
        {
            return new ProcessCluster(started, await StartClientAsync(settings));
        }
        catch
        {
            await StopAsync(started);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await StopAsync(Silos);
    }

    private static async Task<IHost> StartClientAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        builder.UseOrleansClient(client => client.UseTwinCluster(configuration));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static Task StopAsync(IEnumerable<SiloProcess> silos) => Task.WhenAll(silos.Select(s => s.DisposeAsync().AsTask()));
}
