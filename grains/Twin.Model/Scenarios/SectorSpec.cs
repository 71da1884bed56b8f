namespace Twin.Model.Scenarios;

/// <summary>How the firms of one sector behave; the meaning of each field is in docs/model.md.</summary>
public sealed class SectorSpec
{
    /// <summary>Typical workers of a firm at its target size.</summary>
    [Min(1)] public required double WorkersPerFirm { get; init; }

    /// <summary>Spread (log-normal sigma) of initial firm sizes around <see cref="WorkersPerFirm"/>.</summary>
    [Min(0), Max(3)] public double WorkersSpread { get; init; } = 0.5;

    /// <summary>Output value of one worker-day, CNY.</summary>
    [Positive] public required double Productivity { get; init; }

    /// <summary>Spread (log-normal sigma) of firms' productivity.</summary>
    [Min(0), Max(3)] public double ProductivitySpread { get; init; } = 0.2;

    [Min(-0.5), Max(1)] public double ProductivityGrowthPerYear { get; init; }

    /// <summary>Share of a firm's output sold abroad (export orders).</summary>
    [Min(0), Max(1)] public required double ExportPropensity { get; init; }

    /// <summary>Standard deviation of a firm's log demand shock (stationary).</summary>
    [Min(0), Max(3)] public double DemandVolatility { get; init; } = 0.1;

    /// <summary>Day-to-day persistence (AR(1) coefficient) of the demand shock.</summary>
    [Min(0), Max(0.999)] public double DemandPersistence { get; init; } = 0.9;

    [Min(-0.9), Max(5)] public double DemandGrowthPerYear { get; init; }

    /// <summary>Share of the gap between desired and actual workers a firm closes per day when hiring.</summary>
    [Min(0), Max(1)] public double HiringSpeed { get; init; } = 0.05;

    /// <summary>Share of the surplus of workers a firm lets go per day.</summary>
    [Min(0), Max(1)] public double FiringSpeed { get; init; } = 0.02;

    /// <summary>Expected new firms a year per existing firm of the sector.</summary>
    [Min(0), Max(10)] public double BirthsPerFirmYear { get; init; }

    /// <summary>Probability a year that a firm exits.</summary>
    [Min(0), Max(1)] public double ExitsPerFirmYear { get; init; }

    /// <summary>Workers a new firm starts with.</summary>
    [Min(1)] public int NewFirmWorkers { get; init; } = 3;

    /// <summary>Export value that fills one TEU, CNY.</summary>
    [Positive] public double ValuePerTeu { get; init; } = 150_000;

    /// <summary>Gross tonnes of one TEU of this sector's exports.</summary>
    [Positive] public double TonnesPerTeu { get; init; } = 10;

    /// <summary>Wages as a share of output value; with the inputs' cost shares, the rest is the operating margin.</summary>
    [Min(0), Max(1)] public double WageShare { get; init; } = 0.5;

    /// <summary>Energy and materials bought at the platform's prices (none: prices do not reach the sector).</summary>
    public IReadOnlyList<SectorInputSpec> Inputs { get; init; } = [];

    /// <summary>Share of a rise in unit cost that firms pass on in their prices (the rest comes off the margin).</summary>
    [Min(0), Max(1)] public double CostPassThrough { get; init; } = 0.5;

    /// <summary>Price elasticity of demand: a price rise of x% cuts demand by about elasticity × x%.</summary>
    [Min(0), Max(10)] public double PriceElasticity { get; init; } = 1;

    /// <summary>
    /// Share of the gap to today's platform prices that firms' input costs close each day (contracts
    /// lag the market), and to today's demand that the signal new firms see closes.
    /// </summary>
    [Positive, Max(1)] public double AdjustmentPerDay { get; init; } = 0.05;

    /// <summary>Exit probability × (margin ÷ reference margin)^−sensitivity: thin margins close firms (0: exits ignore margins).</summary>
    [Min(0), Max(10)] public double ExitMarginSensitivity { get; init; }

    /// <summary>Births × (margin ÷ reference margin)^sensitivity (0: births ignore margins).</summary>
    [Min(0), Max(10)] public double BirthMarginSensitivity { get; init; }

    /// <summary>Births × (demand ÷ workers)^sensitivity: unmet demand draws new firms (0: births ignore demand).</summary>
    [Min(0), Max(10)] public double BirthDemandSensitivity { get; init; }
}
