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
    public double WageShare;
    public double CostPassThrough;
    public double PriceElasticity;
    public double AdjustmentPerDay;
    public double ExitMarginSensitivity;
    public double BirthMarginSensitivity;
    public double BirthDemandSensitivity;

    /// <summary>Input cost per CNY of output at the markets' start prices: Σ costShare.</summary>
    public double ReferenceInputCost;

    /// <summary>The margin at the start prices: 1 − wageShare − Σ costShare.</summary>
    public double ReferenceMargin;

    /// <summary>Cost share by the market's position in the scenario's `markets` (0 for a market the sector does not buy).</summary>
    private double[] _shares;

    public readonly double ShareOf(int market) => market >= 0 && market < _shares.Length ? _shares[market] : 0;

    public readonly bool Uses(int market) => ShareOf(market) > 0;

    /// <summary>Input cost per CNY of output at these prices, each relative to its market's start price.</summary>
    public readonly double InputCostAt(ReadOnlySpan<double> relativePrices)
    {
        double cost = 0;
        for (int j = 0; j < _shares.Length; j++) cost += _shares[j] * relativePrices[j];
        return cost;
    }

    public static SectorRates From(SectorSpec spec, double townProductivityFactor, string[] markets)
    {
        var shares = new double[markets.Length];
        foreach (var input in spec.Inputs)
        {
            int j = Array.IndexOf(markets, input.Id);
            if (j >= 0) shares[j] = input.CostShare;
        }
        double inputs = shares.Sum();
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
            WageShare = spec.WageShare,
            CostPassThrough = spec.CostPassThrough,
            PriceElasticity = spec.PriceElasticity,
            AdjustmentPerDay = spec.AdjustmentPerDay,
            ExitMarginSensitivity = spec.ExitMarginSensitivity,
            BirthMarginSensitivity = spec.BirthMarginSensitivity,
            BirthDemandSensitivity = spec.BirthDemandSensitivity,
            ReferenceInputCost = inputs,
            ReferenceMargin = 1 - spec.WageShare - inputs,
            _shares = shares,
        };
    }

    /// <summary>The daily factor that compounds to a yearly growth rate over 365 days.</summary>
    public static double Daily(double perYear) => Math.Pow(1 + perYear, 1 / 365.0);
}
