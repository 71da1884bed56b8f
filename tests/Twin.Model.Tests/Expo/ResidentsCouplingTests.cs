using System.Text.Json.Nodes;
using Twin.Model.Kernel;

namespace Twin.Model.Tests.Expo;

/// <summary>
/// The towns' residents are the expo centre's local customers as the towns grow, not as they were
/// on day 0: towns that grow faster bring the centre more visitors.
/// </summary>
public sealed class ResidentsCouplingTests
{
    [Fact]
    public void Faster_growing_towns_bring_the_expo_centre_more_visitors()
    {
        const int days = 120;
        var runs = ZoneWhatIfRuns.Changed(scenario =>
        {
            foreach (var town in scenario["towns"]!.AsArray()) town!["populationGrowthPerYear"] = 1.0;
        }, replications: 3, days);

        // By day 60 the towns are a fifth larger; the centre's resident visits (218 a day) follow.
        var later = runs.Compare("sco-pearl-expo", "visitors", new KpiWindow(60, days - 1));
        Assert.True(later.Difference.Lower > 0, $"visitors {later.Difference.Mean} [{later.Difference.Lower}, {later.Difference.Upper}] should rise");
        var population = runs.Compare("sco-city", "population", new KpiWindow(days - 1, days - 1));
        Assert.True(population.Difference.Lower > 0);
    }
}
