using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Twin.Storage.Hosting;
using Twin.Testing;

namespace Twin.Storage.Tests.Support;

/// <summary>
/// Silo processes started on the same settings, and an Orleans client that finds them the way an
/// operator's client does: from those settings. Silos can be killed and others added while it
/// lives; every silo it ever started ends with it, killed ones and those whose start failed too.
/// </summary>
public sealed class ProcessCluster : IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly List<SiloProcess> _started = [];
    private readonly List<Task> _starting = [];
    private readonly CancellationTokenSource _closing = new();
    private IHost? _client;

    private ProcessCluster(IReadOnlyDictionary<string, string?> settings) => _settings = settings;

    /// <summary>The silos started and not killed (or exited), oldest first.</summary>
    public IReadOnlyList<SiloProcess> Silos
    {
        get
        {
            lock (_started)
                return _started.Where(s => !s.HasExited).ToArray();
        }
    }

    /// <summary>Every silo started so far, killed ones too (for their output).</summary>
    public IReadOnlyList<SiloProcess> AllSilos
    {
        get
        {
            lock (_started)
                return _started.ToArray();
        }
    }

    public IClusterClient Grains => _client!.Services.GetRequiredService<IClusterClient>();

    public static async Task<ProcessCluster> StartAsync(IReadOnlyDictionary<string, string?> settings, int silos)
    {
        var cluster = new ProcessCluster(settings);
        try
        {
            // Each start that succeeds is recorded before the next is awaited, so a failure ends them all.
            await Task.WhenAll(Enumerable.Range(0, silos).Select(_ => cluster.AddSiloAsync()));
            cluster._client = await StartClientAsync(settings);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts one more silo with the cluster's settings and waits until it has joined.</summary>
    public Task<SiloProcess> AddSiloAsync(TimeSpan? timeout = null)
    {
        var start = StartOneAsync(timeout);
        lock (_started)
            _starting.Add(start);
        return start;
    }

    /// <summary>Ends the client and every silo, waiting for the starts still under way (they are cut short) so that none is left behind.</summary>
    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        _client?.Dispose();
        Task[] starting;
        lock (_started)
            starting = _starting.ToArray();
        try { await Task.WhenAll(starting); } catch { /* a start cut short or failed has ended its process already */ }
        SiloProcess[] all;
        lock (_started)
            all = _started.ToArray();
        await Task.WhenAll(all.Select(s => s.DisposeAsync().AsTask()));
    }

    private async Task<SiloProcess> StartOneAsync(TimeSpan? timeout)
    {
        var silo = await SiloProcess.StartAsync(_settings, timeout, _closing.Token);
        lock (_started)
            _started.Add(silo);
        return silo;
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
}
