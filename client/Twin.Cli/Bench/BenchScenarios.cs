using Twin.Model.Scenarios;

namespace Twin.Cli.Bench;

/// <summary>The synthetic zones `twin bench` measures.</summary>
public static class BenchScenarios
{
    /// <summary>Light entities only: each sends <paramref name="messagesPerTick"/> messages a day.</summary>
    public static Scenario Light(int entities, int messagesPerTick, int days) => new()
    {
        Name = "bench-light",
        Days = days,
        Sectors = BuiltInScenarios.Baseline().Sectors,
        Synthetic = new SyntheticSpec { Entities = entities, MessagesPerTick = messagesPerTick },
    };

    /// <summary>
    /// Towns of the baseline's sectors with <paramref name="firmsPerTown"/> firms each, in the
    /// baseline's sector mix, and a labour force with about 10% slack.
    /// </summary>
    public static Scenario Towns(int towns, int firmsPerTown, int days)
    {
        var baseline = BuiltInScenarios.Baseline();
        var mix = Sectors.All.ToDictionary(s => s, s => (double)baseline.Towns.Sum(t => t.Firms[s]));
        double all = mix.Values.Sum();
        int Count(Sector s) => (int)Math.Round(firmsPerTown * mix[s] / all);
        var firms = new FirmCounts
        {
            Manufacturing = Count(Sector.Manufacturing),
            Ecommerce = Count(Sector.Ecommerce),
            LogisticsServices = Count(Sector.LogisticsServices),
            TradeAndServices = Count(Sector.TradeAndServices),
        };
        double jobs = Sectors.All.Sum(s => firms[s] * baseline.Sectors[s].WorkersPerFirm);
        return new Scenario
        {
            Name = "bench-towns",
            Days = days,
            Sectors = baseline.Sectors,
            Towns = Enumerable.Range(1, towns).Select(i => new TownSpec
            {
                Id = $"bench-town-{i:D2}",
                Population = (int)(jobs / 0.9 / 0.55),
                PopulationGrowthPerYear = 0.03,
                LabourForceShare = 0.55,
                Firms = firms,
            }).ToArray(),
        };
    }
}
