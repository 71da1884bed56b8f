using Twin.Client.Connection;
using Twin.Storage.Configuration;

namespace Twin.Hosting;

/// <summary>A client's TLS for a cluster that requires it: the certificate given, else the one $TWIN_TLS_CERT names, else none.</summary>
public static class ClusterTlsClient
{
    /// <summary>The client settings that present <paramref name="certificates"/> (or $TWIN_TLS_*'s); null when there are none.</summary>
    public static Action<IClientBuilder>? For(ClusterCertificates? certificates)
    {
        try
        {
            certificates ??= ClusterCertificates.FromEnvironment();
        }
        catch (ArgumentException e)
        {
            throw new ClusterUnreachableException($"Cannot use the client certificate: {e.Message}");
        }
        return certificates is null ? null : client => client.UseTls(certificates.Certificate, certificates.Apply);
    }
}
