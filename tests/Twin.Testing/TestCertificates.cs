using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Twin.Testing;

/// <summary>
/// A cluster's certificate authority and certificates it signed (a silo's, a client's), plus a
/// client certificate signed by another authority, as PEM files in a temp folder: what the
/// openssl commands of docs/deployment.md make.
/// </summary>
public sealed class TestCertificates : IDisposable
{
    private readonly TempFolder _folder = new("twin-certs-");

    public TestCertificates()
    {
        using var authority = Authority("twin-test-ca");
        using var stranger = Authority("someone-else-ca");
        File.WriteAllText(AuthorityFile, authority.ExportCertificatePem());
        Leaf(authority, "silo", SiloCertificate, SiloKey);
        Leaf(authority, "client", ClientCertificate, ClientKey);
        Leaf(stranger, "stranger", StrangerCertificate, StrangerKey);
    }

    public string AuthorityFile => _folder.PathOf("ca.pem");
    public string SiloCertificate => _folder.PathOf("silo.pem");
    public string SiloKey => _folder.PathOf("silo.key");
    public string ClientCertificate => _folder.PathOf("client.pem");
    public string ClientKey => _folder.PathOf("client.key");
    public string StrangerCertificate => _folder.PathOf("stranger.pem");
    public string StrangerKey => _folder.PathOf("stranger.key");

    private static X509Certificate2 Authority(string name)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
    }

    private static void Leaf(X509Certificate2 authority, string name, string certificateFile, string keyFile)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], false));
        using var certificate = request.Create(authority, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(20), RandomNumberGenerator.GetBytes(12));
        File.WriteAllText(certificateFile, certificate.ExportCertificatePem());
        File.WriteAllText(keyFile, key.ExportPkcs8PrivateKeyPem());
    }

    public void Dispose() => _folder.Dispose();
}
