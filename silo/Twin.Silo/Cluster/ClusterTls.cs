using System.Net;
using Twin.Storage.Configuration;

namespace Twin.Silo.Cluster;

/// <summary>
/// TLS between silos and from clients to gateways (Orleans' Microsoft.Orleans.Connections.Security).
/// Keys under `Twin:Cluster:Tls:`: `Certificate` (a PEM certificate, or a .pfx), `Key` (its PEM
/// key), `Password` (of a .pfx), `Authority` (the certificate authority that signs every silo's
/// and client's certificate). A cluster that is not loopback-only must have them: its gateway
/// port is otherwise an open door past the API key.
/// </summary>
public static class ClusterTls
{
    public const string Section = "Twin:Cluster:Tls:";
    public const string CertificateKey = Section + "Certificate";
    public const string KeyKey = Section + "Key";
    public const string PasswordKey = Section + "Password";
    public const string AuthorityKey = Section + "Authority";

    /// <summary>One silo on localhost, or silos that advertise (and so listen on) a loopback address only.</summary>
    public static bool LoopbackOnly(ClusterSettings cluster) =>
        cluster.Membership == MembershipProvider.Localhost || (cluster.AdvertisedAddress is { } address && IPAddress.IsLoopback(address));

    /// <summary>The configured certificates; null for a loopback-only cluster without any. Throws <see cref="TwinConfigurationException"/> naming the key.</summary>
    public static ClusterCertificates? Read(IConfiguration configuration, ClusterSettings cluster)
    {
        var certificate = configuration[CertificateKey];
        if (string.IsNullOrWhiteSpace(certificate))
        {
            if (LoopbackOnly(cluster)) return null;
            throw new TwinConfigurationException(CertificateKey,
                "required: this cluster is not loopback-only (Twin:Cluster:Membership is postgres and Twin:Cluster:AdvertisedAddress is not a loopback address), " +
                "so silos and clients must authenticate with certificates; docs/deployment.md shows how to make them.");
        }
        var authority = configuration[AuthorityKey];
        if (string.IsNullOrWhiteSpace(authority))
            throw new TwinConfigurationException(AuthorityKey, $"required with {CertificateKey}: the certificate authority that signs the cluster's certificates.");
        try
        {
            return ClusterCertificates.Load(certificate, configuration[KeyKey], authority, configuration[PasswordKey]);
        }
        catch (ArgumentException e)
        {
            throw new TwinConfigurationException(CertificateKey, e.Message);
        }
    }
}
