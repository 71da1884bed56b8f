using System.Net;
using Microsoft.Extensions.Configuration;
using Twin.Storage.Schema;

namespace Twin.Storage.Configuration;

/// <summary>
/// How a silo joins its cluster and how clients find it. Keys (all under <c>Twin:Cluster:</c>):
/// <c>Membership</c> (localhost, the default, or postgres), <c>ConnectionString</c> (for
/// postgres; defaults to Twin:Storage:ConnectionString when storage is postgres too),
/// <c>ClusterId</c> (default "twin"), <c>ServiceId</c> (default "sco-zone-twin"; grain state is
/// stored under it, so keep it across deployments), <c>SiloPort</c> (11111), <c>GatewayPort</c>
/// (30000), <c>AdvertisedAddress</c> (the IP other silos and clients reach this silo at; localhost
/// membership always uses 127.0.0.1; postgres defaults to this host's first address), and
/// <c>Twin:SetUpDatabase</c> as for storage.
/// </summary>
public sealed record ClusterSettings(
    MembershipProvider Membership,
    DatabaseTarget? MembershipDatabase,
    string ClusterId,
    string ServiceId,
    int SiloPort,
    int GatewayPort,
    IPAddress? AdvertisedAddress,
    bool SetUpDatabase)
{
    /// <summary>
    /// The section of Orleans' membership options (how fast a dead silo is declared dead:
    /// ProbeTimeout, NumMissedProbesLimit, NumVotesForDeathDeclaration...), if configured.
    /// </summary>
    public IConfigurationSection? FailureDetection { get; init; }

    /// <summary>How long a silo starting waits for a membership database that does not answer (Twin:Storage:OutageWindow).</summary>
    public TimeSpan OutageWindow { get; init; } = Resilience.OutagePolicy.DefaultWindow;

    public const string FailureDetectionSection = Section + "FailureDetection";

    public const string Section = "Twin:Cluster:";
    public const string MembershipKey = Section + "Membership";
    public const string ConnectionStringKey = Section + "ConnectionString";
    public const string ClusterIdKey = Section + "ClusterId";
    public const string ServiceIdKey = Section + "ServiceId";
    public const string SiloPortKey = Section + "SiloPort";
    public const string GatewayPortKey = Section + "GatewayPort";
    public const string AdvertisedAddressKey = Section + "AdvertisedAddress";

    public const string DefaultClusterId = "twin";
    public const string DefaultServiceId = "sco-zone-twin";
    public const int DefaultSiloPort = 11111;
    public const int DefaultGatewayPort = 30000;

    public static ClusterSettings Read(IConfiguration configuration)
    {
        var membership = SettingReader.Choice(configuration, MembershipKey, MembershipProvider.Localhost,
            ("localhost", MembershipProvider.Localhost), ("postgres", MembershipProvider.Postgres));
        DatabaseTarget? database = null;
        if (membership == MembershipProvider.Postgres)
        {
            var connectionString = SettingReader.Text(configuration, ConnectionStringKey);
            var key = ConnectionStringKey;
            if (connectionString is null && string.Equals(SettingReader.Text(configuration, StorageSettings.ProviderKey), "postgres", StringComparison.OrdinalIgnoreCase))
            {
                connectionString = SettingReader.Text(configuration, StorageSettings.ConnectionStringKey);
                key = StorageSettings.ConnectionStringKey;
            }
            if (connectionString is null)
                throw new TwinConfigurationException(ConnectionStringKey,
                    "required when Twin:Cluster:Membership is postgres (or set Twin:Storage:Provider=postgres with Twin:Storage:ConnectionString).");
            database = ConnectionStrings.Target(DatabaseProvider.Postgres, connectionString, key);
        }

        var siloPort = SettingReader.Port(configuration, SiloPortKey, DefaultSiloPort);
        var gatewayPort = SettingReader.Port(configuration, GatewayPortKey, DefaultGatewayPort);
        if (siloPort == gatewayPort)
            throw new TwinConfigurationException(GatewayPortKey, $"must differ from {SiloPortKey} (both are {siloPort}).");

        var settings = new ClusterSettings(
            membership,
            database,
            SettingReader.Text(configuration, ClusterIdKey) ?? DefaultClusterId,
            SettingReader.Text(configuration, ServiceIdKey) ?? DefaultServiceId,
            siloPort,
            gatewayPort,
            SettingReader.Address(configuration, AdvertisedAddressKey),
            SettingReader.Flag(configuration, StorageSettings.SetUpDatabaseKey, true))
        {
            OutageWindow = StorageSettings.ReadOutageWindow(configuration),
        };
        var detection = configuration.GetSection(FailureDetectionSection);
        return detection.Exists() ? settings with { FailureDetection = detection } : settings;
    }
}
