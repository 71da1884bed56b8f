using MathNet.Numerics.Distributions;
using Twin.Model.Randomness;
using Twin.Model.Scenarios;

namespace Twin.Model.Towns;

/// <summary>Draws the firms of day 0 and the firms born later, from the town's "entry" stream.</summary>
internal sealed class FirmFactory(StreamRandom random)
{
    public StreamRandom Random => random;

    /// <summary>A firm of day 0: a size around the sector's typical one, already at its target size.</summary>
    public Firm Incumbent(Sector sector, SectorSpec spec)
    {
        int workers = Math.Max(1, (int)Math.Round(spec.WorkersPerFirm * MeanOneLogNormal(spec.WorkersSpread)));
        return new Firm
        {
            Sector = sector,
            Workers = workers,
            TargetSize = workers,
            RelativeProductivity = MeanOneLogNormal(spec.ProductivitySpread),
            Shock = spec.DemandVolatility > 0 ? Normal.Sample(random, 0, spec.DemandVolatility) : 0,
        };
    }

    /// <summary>A newborn firm: small, growing towards a typical size by hiring.</summary>
    public Firm Entrant(Sector sector, SectorSpec spec, int workers) => new()
    {
        Sector = sector,
        Workers = workers,
        TargetSize = Math.Max(1, spec.WorkersPerFirm * MeanOneLogNormal(spec.WorkersSpread)),
        RelativeProductivity = MeanOneLogNormal(spec.ProductivitySpread),
        Shock = spec.DemandVolatility > 0 ? Normal.Sample(random, 0, spec.DemandVolatility) : 0,
    };

    private double MeanOneLogNormal(double sigma) =>
        sigma > 0 ? LogNormal.Sample(random, -sigma * sigma / 2, sigma) : 1.0;
}
