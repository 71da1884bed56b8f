using System.IO.Hashing;
using System.Text;

namespace Twin.Model.Randomness;

/// <summary>
/// Derives an entity's random streams from (scenario seed, replication, entity id, purpose) with a
/// stable hash, so every silo and every process computes the same stream for the same entity.
/// One stream per purpose keeps common random numbers aligned: an intervention that changes how
/// often an entity draws for one purpose does not shift the draws of its other purposes.
/// </summary>
public static class RandomStreams
{
    public static ulong SeedFor(long scenarioSeed, int replication, string entityId, string purpose)
    {
        // Never string.GetHashCode(): it is randomised per process.
        var text = $"{scenarioSeed}/{replication}/{entityId}/{purpose}";
        return XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(text));
    }

    public static StreamRandom Create(long scenarioSeed, int replication, string entityId, string purpose) =>
        new(SeedFor(scenarioSeed, replication, entityId, purpose));
}
