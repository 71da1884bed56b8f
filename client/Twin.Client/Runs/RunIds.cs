using System.Security.Cryptography;
using System.Text;

namespace Twin.Client.Runs;

/// <summary>
/// Run ids derive from what determines a run's results: scenario content, seed, replication, days
/// and code version. Asking for the same run twice reaches the same run grain, which keeps its
/// results instead of recomputing them.
/// </summary>
public static class RunIds
{
    public static string For(ScenarioDocument scenario, long seed, int replication, int days)
    {
        var key = $"{scenario.Hash}/{seed}/{replication}/{days}/{CodeVersion.Full}";
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
        return $"{scenario.Scenario.Name}-s{seed}-r{replication}-{digest}";
    }
}
