using System.Security.Cryptography;
using System.Text;

namespace Twin.Contracts.Kernel;

/// <summary>
/// Run ids derive from what determines a run's results: scenario content, seed, replication, days
/// and code version. Asking for the same run twice reaches the same run grain, which serves its
/// stored results instead of recomputing them (the result cache).
/// </summary>
public static class RunIds
{
    public static string For(string scenarioName, string scenarioHash, long seed, int replication, int days, string? forkPoint = null)
    {
        var key = $"{scenarioHash}/{seed}/{replication}/{days}/{CodeVersion.CacheKey}/{forkPoint}";
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
        return $"{scenarioName}-s{seed}-r{replication}-{digest}";
    }
}
