using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Twin.Storage.Hosting;
using Twin.Storage.Schema;
using Twin.Testing;

namespace Twin.Storage.Tests;

/// <summary>What a silo does at start when its database is not there.</summary>
public sealed class SiloStartTests
{
    [Fact]
    public async Task A_silo_whose_database_cannot_be_reached_within_its_outage_window_does_not_start_and_says_which_database()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Twin:Storage:Provider"] = "postgres",
            ["Twin:Storage:ConnectionString"] = "Host=127.0.0.1;Port=1;Database=zone;Username=twin",
            // A database that does not answer is waited for (two minutes by default): not here.
            ["Twin:Storage:OutageWindow"] = "00:00:01",
        }).Build();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleans(silo => silo.UseLocalhostClustering(siloPort: Loopback.FreePort(), gatewayPort: Loopback.FreePort()).AddTwinStorage(configuration));
        using var host = builder.Build();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        var setup = DatabaseSetupException.FindIn(error);
        Assert.True(setup is not null, error.ToString());
        Assert.StartsWith("Could not set up the postgres database 'zone' on 127.0.0.1:1 as 'twin':", setup.Message, StringComparison.Ordinal);
    }
}
