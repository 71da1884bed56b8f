using Twin.Model.Scenarios;

namespace Twin.Model.Towns;

/// <summary>A sector's yearly parameters turned into the per-day numbers the firm loop uses.</summary>
internal struct SectorRates
{
    public double Productivity;
    public double DailyProductivityGrowth;
    public double DailyDemandGrowth;
    public double ShockPersistence;
    public double ShockInnovation;
    public double ShockMeanCorrection;
    public double ExportPropensity;
    public double HiringSpeed;
    public double FiringSpeed;
    public double ExitProbability;
    public double BirthsPerFirmDay;
    public double InverseValuePerTeu;
    public double TonnesPerTeu;

    public static SectorRates From(SectorSpec spec, double townProductivityFactor)
    {
        double sigma = spec.DemandVolatility;
        double phi = spec.DemandPersistence;
        return new SectorRates
        {
            Productivity = spec.Productivity * townProductivityFactor,
            DailyProductivityGrowth = Daily(spec.ProductivityGrowthPerYear),
            DailyDemandGrowth = Daily(spec.DemandGrowthPerYear),
            ShockPersistence = phi,
            // Innovation scaled so the shock's stationary standard deviation is the sector's volatility.
            ShockInnovation = sigma * Math.Sqrt(1 - phi * phi),
            // exp(x - sigma^2/2) has mean 1 when x ~ N(0, sigma^2): shocks move demand, not its average.
            ShockMeanCorrection = sigma * sigma / 2,
            ExportPropensity = spec.ExportPropensity,
            HiringSpeed = spec.HiringSpeed,
            FiringSpeed = spec.FiringSpeed,
            ExitProbability = spec.ExitsPerFirmYear / 365.0,
            BirthsPerFirmDay = spec.BirthsPerFirmYear / 365.0,
            InverseValuePerTeu = 1.0 / spec.ValuePerTeu,
            TonnesPerTeu = spec.TonnesPerTeu,
        };
    }

    /// <summary>The daily factor that compounds to a yearly growth rate over 365 days.</summary>
    public static double Daily(double perYear) => Math.Pow(1 + perYear, 1 / 365.0);
}
