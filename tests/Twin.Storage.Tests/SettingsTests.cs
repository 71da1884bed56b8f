using Microsoft.Extensions.Configuration;
using Twin.Storage.Configuration;
using Twin.Storage.Schema;

namespace Twin.Storage.Tests;

/// <summary>Reading the storage and cluster settings: defaults, and errors that name the setting.</summary>
public sealed class SettingsTests
{
    private static IConfiguration Config(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();

    [Fact]
    public void Without_settings_state_goes_to_a_sqlite_file_in_the_default_data_folder_and_the_silo_runs_alone()
    {
        var storage = StorageSettings.Read(Config());
        var cluster = ClusterSettings.Read(Config());

        Assert.Equal(new DatabaseTarget(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(".twin-data", "twin.db")}"), storage.Database);
        Assert.True(storage.SetUpDatabase);
        Assert.Equal(MembershipProvider.Localhost, cluster.Membership);
        Assert.Equal(("twin", "sco-zone-twin", 11111, 30000), (cluster.ClusterId, cluster.ServiceId, cluster.SiloPort, cluster.GatewayPort));
    }

    [Fact]
    public void A_database_outage_is_waited_out_for_two_minutes_unless_configured_and_a_bad_window_names_its_key()
    {
        Assert.Equal(TimeSpan.FromMinutes(2), StorageSettings.Read(Config()).OutageWindow);
        Assert.Equal(TimeSpan.FromSeconds(30), StorageSettings.Read(Config(("Twin:Storage:OutageWindow", "00:00:30"))).OutageWindow);
        Assert.Equal(TimeSpan.FromSeconds(30), ClusterSettings.Read(Config(("Twin:Storage:OutageWindow", "00:00:30"))).OutageWindow);
        var error = Assert.Throws<TwinConfigurationException>(() => StorageSettings.Read(Config(("Twin:Storage:OutageWindow", "two minutes"))));
        Assert.Equal("Twin:Storage:OutageWindow: must be a duration such as 00:02:00 (two minutes); got 'two minutes'.", error.Message);
    }

    [Fact]
    public void The_data_folder_comes_from_Twin_DataFolder_before_TWIN_DATA()
    {
        Assert.Equal("Data Source=/srv/a/twin.db", StorageSettings.Read(Config(("TWIN_DATA", "/srv/a"))).Database.ConnectionString);
        Assert.Equal("Data Source=/srv/b/twin.db",
            StorageSettings.Read(Config(("TWIN_DATA", "/srv/a"), ("Twin:DataFolder", "/srv/b"))).Database.ConnectionString);
    }

    [Fact]
    public void Postgres_membership_uses_the_storage_connection_string_when_storage_is_postgres_too()
    {
        const string server = "Host=db;Database=twin;Username=twin;Password=secret";
        var cluster = ClusterSettings.Read(Config(
            ("Twin:Storage:Provider", "postgres"), ("Twin:Storage:ConnectionString", server), ("Twin:Cluster:Membership", "Postgres"),
            ("Twin:Cluster:SiloPort", "11112"), ("Twin:Cluster:GatewayPort", "30001"), ("Twin:Cluster:AdvertisedAddress", "10.1.2.3")));

        Assert.Equal(new DatabaseTarget(DatabaseProvider.Postgres, server), cluster.MembershipDatabase);
        Assert.Equal((11112, 30001, "10.1.2.3"), (cluster.SiloPort, cluster.GatewayPort, cluster.AdvertisedAddress?.ToString()));
        Assert.DoesNotContain("secret", cluster.MembershipDatabase!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Twin:Storage:Provider", "mysql", "Twin:Storage:Provider: must be one of sqlite, postgres; got 'mysql'.")]
    [InlineData("Twin:Cluster:SiloPort", "70000", "Twin:Cluster:SiloPort: must be a port number from 1 to 65535; got '70000'.")]
    [InlineData("Twin:Cluster:GatewayPort", "11111", "Twin:Cluster:GatewayPort: must differ from Twin:Cluster:SiloPort (both are 11111).")]
    [InlineData("Twin:Cluster:AdvertisedAddress", "silo-1", "Twin:Cluster:AdvertisedAddress: must be an IP address such as 127.0.0.1 or 10.0.0.12; got 'silo-1'.")]
    [InlineData("Twin:SetUpDatabase", "yes", "Twin:SetUpDatabase: must be true or false; got 'yes'.")]
    [InlineData("Twin:Cluster:Membership", "postgres", "Twin:Cluster:ConnectionString: required when Twin:Cluster:Membership is postgres")]
    public void A_bad_setting_is_reported_with_its_key(string key, string value, string message)
    {
        var error = Assert.Throws<TwinConfigurationException>(() =>
        {
            StorageSettings.Read(Config((key, value)));
            ClusterSettings.Read(Config((key, value)));
        });

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(key is "Twin:Cluster:Membership" ? "Twin:Cluster:ConnectionString" : key, error.Key);
    }

    [Theory]
    [InlineData("postgres", "Host=db;Colour=blue", "Twin:Storage:ConnectionString: not a valid postgres connection string")]
    [InlineData("postgres", "Database=twin", "Twin:Storage:ConnectionString: not a valid postgres connection string: it names no server")]
    [InlineData("postgres", "", "Twin:Storage:ConnectionString: required when Twin:Storage:Provider is postgres")]
    [InlineData("sqlite", "Data Source=x.db;Flavour=sweet", "Twin:Storage:ConnectionString: not a valid sqlite connection string")]
    public void A_bad_connection_string_is_reported_with_its_key(string provider, string connectionString, string message)
    {
        var error = Assert.Throws<TwinConfigurationException>(() =>
            StorageSettings.Read(Config(("Twin:Storage:Provider", provider), ("Twin:Storage:ConnectionString", connectionString))));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
