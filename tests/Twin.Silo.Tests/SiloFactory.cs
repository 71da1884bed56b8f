using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Twin.Testing;

namespace Twin.Silo.Tests;

/// <summary>
/// The whole silo (Orleans and the HTTP API) in the test process, on free ports and its own data
/// folder, with a known API key. The live twin is off: its own tests start it.
/// </summary>
public sealed class SiloFactory : WebApplicationFactory<Program>
{
    public const string Key = "test-key";

    private readonly TempFolder _data = new("twin-silo-tests-");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Twin:DataFolder", _data.Path);
        builder.UseSetting("Twin:Api:Key", Key);
        builder.UseSetting("Twin:Api:MaxRequestBytes", "200000");
        builder.UseSetting("Twin:Live:Enabled", "false");
        builder.UseSetting("Twin:Cluster:SiloPort", Loopback.FreePort().ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Twin:Cluster:GatewayPort", Loopback.FreePort().ToString(CultureInfo.InvariantCulture));
    }

    public HttpClient Writer()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _data.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SiloCollection : ICollectionFixture<SiloFactory>
{
    public const string Name = "silo";
}
