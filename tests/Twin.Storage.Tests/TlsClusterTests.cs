using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Twin.Client.Connection;
using Twin.Contracts.Bench;
using Twin.Storage.Configuration;
using Twin.Storage.Hosting;
using Twin.Storage.Tests.Support;
using Twin.Testing;

namespace Twin.Storage.Tests;

/// <summary>
/// Silos that advertise a network address (not loopback-only) must use TLS: they form their
/// cluster over it, take a client presenting a certificate of their authority, refuse one without,
/// and a silo without a certificate does not start.
/// </summary>
public sealed class TlsClusterTests
{
    private static IPAddress? NetworkAddress() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses.Select(a => a.Address))
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));

    [SkippableFact]
    public async Task Silos_on_a_network_address_talk_over_tls_and_take_only_certified_clients()
    {
        await using var database = await PostgresScratch.CreateAsync();
        Skip.If(database is null, PostgresScratch.SkipReason);
        var address = NetworkAddress();
        Skip.If(address is null, "this machine has no network address besides loopback");
        using var certificates = new TestCertificates();
        var settings = new Dictionary<string, string?>(database.Settings)
        {
            ["Twin:Cluster:Membership"] = "postgres",
            ["Twin:Cluster:ClusterId"] = $"test-{Guid.NewGuid():N}",
            ["Twin:Cluster:AdvertisedAddress"] = address.ToString(),
            ["Twin:Live:Enabled"] = "false",
        };

        // Without a certificate, a silo on a network address refuses to start and says which setting is missing.
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => SiloProcess.StartAsync(settings));
        Assert.Contains("Twin:Cluster:Tls:Certificate", refused.Message);

        settings["Twin:Cluster:Tls:Certificate"] = certificates.SiloCertificate;
        settings["Twin:Cluster:Tls:Key"] = certificates.SiloKey;
        settings["Twin:Cluster:Tls:Authority"] = certificates.AuthorityFile;
        await using var first = await SiloProcess.StartAsync(settings);
        await using var second = await SiloProcess.StartAsync(settings);

        var trusted = ClusterCertificates.Load(certificates.ClientCertificate, certificates.ClientKey, certificates.AuthorityFile);
        using var client = await StartClientAsync(settings, trusted);
        var grains = client.Services.GetRequiredService<IClusterClient>();
        var management = grains.GetGrain<IManagementGrain>(0);
        for (int attempt = 0; (await management.GetHosts(onlyActive: true)).Count < 2 && attempt < 100; attempt++) await Task.Delay(300);
        Assert.Equal(2, (await management.GetHosts(onlyActive: true)).Count);
        // Grains on both silos answer: the silos reach each other over TLS.
        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => grains.GetGrain<ICallProbeGrain>(i).Touch(i)));
        Assert.Equal(Enumerable.Range(0, 20), answers.Order());

        await Assert.ThrowsAsync<ClusterUnreachableException>(() => TwinConnection.ConnectAsync($"{address}:{first.GatewayPort}", settings["Twin:Cluster:ClusterId"]!));
    }

    private static async Task<IHost> StartClientAsync(IReadOnlyDictionary<string, string?> settings, ClusterCertificates certificates)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        builder.UseOrleansClient(client => client.UseTwinCluster(configuration).UseTls(certificates.Certificate, certificates.Apply));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
