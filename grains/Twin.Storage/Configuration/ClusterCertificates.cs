using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Orleans.Connections.Security;

namespace Twin.Storage.Configuration;

/// <summary>
/// The certificates of an authenticated cluster: this process's own (a silo's or a client's) and
/// the certificate authority that signs every member's. Silos and clients present theirs and
/// accept a peer only if the cluster's authority signed its certificate: the authority is the
/// cluster's membership list, so a name or address in the certificate is not checked (silos are
/// reached by IP, and a stolen name is no use without the authority's signature).
/// </summary>
public sealed class ClusterCertificates
{
    public const string CertificateVariable = "TWIN_TLS_CERT";
    public const string KeyVariable = "TWIN_TLS_KEY";
    public const string AuthorityVariable = "TWIN_TLS_CA";

    private ClusterCertificates(X509Certificate2 certificate, X509Certificate2 authority) => (Certificate, Authority) = (certificate, authority);

    /// <summary>This process's certificate, with its private key.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The authority that signs the cluster's certificates.</summary>
    public X509Certificate2 Authority { get; }

    /// <summary>
    /// Loads a PEM certificate and its key (<paramref name="keyFile"/>), or a PKCS#12 file
    /// (.pfx, .p12) with its <paramref name="password"/> when no key file is given, and the
    /// authority's certificate (PEM or DER). Throws <see cref="ArgumentException"/> naming the file.
    /// </summary>
    public static ClusterCertificates Load(string certificateFile, string? keyFile, string authorityFile, string? password = null)
    {
        var certificate = Read(certificateFile, () => keyFile is { Length: > 0 }
            ? X509Certificate2.CreateFromPemFile(certificateFile, keyFile)
            : X509CertificateLoader.LoadPkcs12FromFile(certificateFile, password));
        if (!certificate.HasPrivateKey)
            throw new ArgumentException($"{certificateFile}: the certificate has no private key; give its key file (or a .pfx that holds it).");
        // A key read from PEM is ephemeral; TLS servers on some platforms need it in a PKCS#12 container.
        certificate = X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
        var authority = Read(authorityFile, () => X509CertificateLoader.LoadCertificateFromFile(authorityFile));
        return new ClusterCertificates(certificate, authority);
    }

    /// <summary>The certificates named by $TWIN_TLS_CERT, $TWIN_TLS_KEY and $TWIN_TLS_CA; null when no certificate is named.</summary>
    public static ClusterCertificates? FromEnvironment()
    {
        var certificate = Environment.GetEnvironmentVariable(CertificateVariable);
        if (string.IsNullOrWhiteSpace(certificate)) return null;
        var authority = Environment.GetEnvironmentVariable(AuthorityVariable);
        if (string.IsNullOrWhiteSpace(authority))
            throw new ArgumentException($"{CertificateVariable} is set, so {AuthorityVariable} must name the cluster's certificate authority too.");
        return Load(certificate, Environment.GetEnvironmentVariable(KeyVariable), authority);
    }

    /// <summary>TLS both ways, a certificate required from every peer, and only this cluster's authority trusted.</summary>
    public void Apply(TlsOptions options)
    {
        options.LocalCertificate = Certificate;
        options.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.RemoteCertificateValidation = SignedByAuthority;
    }

    /// <summary>True when the peer's certificate chains to the cluster's authority (and only to it) and is in date.</summary>
    public bool SignedByAuthority(X509Certificate2 certificate, X509Chain? presented, SslPolicyErrors errors)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(Authority);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }

    private static X509Certificate2 Read(string file, Func<X509Certificate2> load)
    {
        if (!File.Exists(file)) throw new ArgumentException($"{file}: no such certificate file.");
        try
        {
            return load();
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or IOException)
        {
            throw new ArgumentException($"{file}: cannot read the certificate: {e.Message}");
        }
    }
}
