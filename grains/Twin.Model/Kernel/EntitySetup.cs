using Twin.Model.Randomness;
using Twin.Model.Scenarios;

namespace Twin.Model.Kernel;

/// <summary>Everything a model needs to build itself for one run.</summary>
public sealed record EntitySetup(
    Scenario Scenario,
    EntityDescriptor Entity,
    EntityDirectory Directory,
    long Seed,
    int Replication)
{
    public int Index => Directory.IndexOf(Entity.Id);

    /// <summary>The entity's own random stream for one purpose (see <see cref="RandomStreams"/>).</summary>
    public StreamRandom Stream(string purpose) => RandomStreams.Create(Seed, Replication, Entity.Id, purpose);
}
