using Microsoft.Extensions.Configuration;
using Twin.Client.Connection;
using Twin.Contracts.Studies;
using Twin.Silo.Cluster;
using Twin.Storage.Configuration;
using Twin.Testing;

namespace Twin.Silo.Tests;

/// <summary>The cluster's own door: a gateway with TLS takes only clients whose certificate the cluster's authority signed.</summary>
public sealed class ClusterTlsTests
{
    private static StudyRequest SmallStudy()
    {
        var scenario = Twin.Client.Runs.ScenarioDocument.From(Twin.Model.Scenarios.BuiltInScenarios.Baseline());
        return new StudyRequest(StudyKind.Replications,
            [new StudyVariant("baseline", scenario.Scenario.Name, scenario.CanonicalJson, scenario.Hash, new Dictionary<string, double>())],
            Seed: 7, Replications: 1, Days: 3, CheckpointEveryDays: 0, Title: "tls");
    }

    private static Action<IClientBuilder> Presenting(ClusterCertificates certificates) => client => client.UseTls(certificates.Certificate, certificates.Apply);

    [Fact]
    public async Task A_client_without_a_trusted_certificate_cannot_observe_or_start_a_study()
    {
        using var certificates = new TestCertificates();
        using var data = new TempFolder("twin-tls-");
        await using var silo = await SiloProcess.StartAsync(new Dictionary<string, string?>
        {
            ["Twin:DataFolder"] = data.Path,
            ["Twin:Api:Key"] = "tls-test",
            ["Twin:Live:Enabled"] = "false",
            [ClusterTls.CertificateKey] = certificates.SiloCertificate,
            [ClusterTls.KeyKey] = certificates.SiloKey,
            [ClusterTls.AuthorityKey] = certificates.AuthorityFile,
        });
        var gateway = $"127.0.0.1:{silo.GatewayPort}";

        // No certificate: the TLS handshake fails, so no call (an observation, a study) can be made at all.
        await Assert.ThrowsAsync<ClusterUnreachableException>(() => TwinConnection.ConnectAsync(gateway));
        // A certificate from another authority: refused too.
        var stranger = ClusterCertificates.Load(certificates.StrangerCertificate, certificates.StrangerKey, certificates.AuthorityFile);
        await Assert.ThrowsAsync<ClusterUnreachableException>(() => TwinConnection.ConnectAsync(gateway, configure: Presenting(stranger)));

        // The cluster's own client certificate: the same calls go through.
        var trusted = ClusterCertificates.Load(certificates.ClientCertificate, certificates.ClientKey, certificates.AuthorityFile);
        await using var connection = await TwinConnection.ConnectAsync(gateway, configure: Presenting(trusted));
        var status = await connection.Client.StartStudyAsync(SmallStudy());
        Assert.StartsWith("study-", status.StudyId, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cluster_that_is_not_loopback_only_needs_a_certificate_to_start()
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Twin:Cluster:Membership"] = "postgres",
            ["Twin:Cluster:ConnectionString"] = "Host=db;Database=twin;Username=twin;Password=x",
            ["Twin:Cluster:AdvertisedAddress"] = "10.1.2.3",
        }).Build();
        var error = Assert.Throws<TwinConfigurationException>(() => ClusterTls.Read(settings, ClusterSettings.Read(settings)));
        Assert.Equal(ClusterTls.CertificateKey, error.Key);

        settings["Twin:Cluster:AdvertisedAddress"] = "127.0.0.1";
        Assert.Null(ClusterTls.Read(settings, ClusterSettings.Read(settings)));
    }
}
