using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Twin.Silo.Api;

/// <summary>
/// The key that guards writes: the configured one, or one generated on first start and kept in a
/// file readable only by its owner, so a local installation is protected without any set-up.
/// </summary>
public sealed class ApiKey
{
    public const string Header = "X-Api-Key";

    public ApiKey(IOptions<ApiOptions> options, IConfiguration configuration, ILogger<ApiKey> logger)
    {
        var settings = options.Value;
        if (!string.IsNullOrWhiteSpace(settings.Key))
        {
            Value = settings.Key.Trim();
            Source = "configuration (Twin:Api:Key)";
            return;
        }
        var file = string.IsNullOrWhiteSpace(settings.KeyFile) ? Path.Combine(Twin.Storage.Configuration.StorageSettings.DataFolder(configuration), "api-key") : settings.KeyFile;
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            File.WriteAllText(file, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)) + "\n");
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        Value = File.ReadAllText(file).Trim();
        Source = Path.GetFullPath(file);
        logger.LogInformation("The API key for writes (header {Header}) is in {File}", Header, Source);
    }

    public string Value { get; }

    /// <summary>Where the key came from, for messages.</summary>
    public string Source { get; }

    /// <summary>Compares in constant time, so response timing reveals nothing of the key.</summary>
    public bool Matches(string? candidate) => Equal(candidate, Value);

    /// <summary>Compares a supplied key with a known one in constant time.</summary>
    public static bool Equal(string? candidate, string known) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), Encoding.UTF8.GetBytes(known));
}
