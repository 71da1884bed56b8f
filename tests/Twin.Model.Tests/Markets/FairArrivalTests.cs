using System.Text.Json.Nodes;
using Twin.Model.Kernel;
using Twin.Model.Scenarios;
using Twin.Model.Statistics;
using Twin.Model.Tests.Support;
using Xunit.Abstractions;

namespace Twin.Model.Tests.Markets;

/// <summary>
/// Who trades first within a day must not depend on names: a market orders the day's senders by
/// arrival times drawn from its own stream. Swapping the two market makers' ids (their streams
/// follow the ids, so each replication differs) leaves each one's mean volume share inside its
/// 95% interval over 20 replications.
/// </summary>
public sealed class FairArrivalTests(ITestOutputHelper output)
{
    private const string Mox = "mox-market-maker", Qingdao = "qingdao-market-maker";
    private const int Replications = 20, Days = 365;

    [Fact]
    public void Swapping_two_market_makers_ids_leaves_each_ones_mean_volume_share_within_its_interval()
    {
        var original = PlatformOnly(TestScenarios.Baseline());
        var swapped = Swap(original, Mox, Qingdao);
        // By spec, not by id: after the swap the Macao maker's spec runs under the Qingdao id.
        var shares = new Dictionary<string, (double[] Original, double[] Swapped)>
        {
            [Mox] = (new double[Replications], new double[Replications]),
            [Qingdao] = (new double[Replications], new double[Replications]),
        };
        Parallel.For(0, Replications, new ParallelOptions { MaxDegreeOfParallelism = 2 }, r =>
        {
            var a = new SequentialRunner(original, original.Seed, r, Days).Run();
            var b = new SequentialRunner(swapped, swapped.Seed, r, Days).Run();
            shares[Mox].Original[r] = Share(a, Mox);
            shares[Qingdao].Original[r] = Share(a, Qingdao);
            shares[Mox].Swapped[r] = Share(b, Qingdao);
            shares[Qingdao].Swapped[r] = Share(b, Mox);
        });
        foreach (var (maker, (before, after)) in shares)
        {
            var (s, t) = (Summary.Of(before), Summary.Of(after));
            output.WriteLine($"{maker}: share {s.Mean:P2} [{s.Lower:P2}, {s.Upper:P2}] under its own id, {t.Mean:P2} [{t.Lower:P2}, {t.Upper:P2}] under the other's");
        }
        foreach (var (maker, (before, after)) in shares)
        {
            var (s, t) = (Summary.Of(before), Summary.Of(after));
            Assert.InRange(t.Mean, s.Lower, s.Upper);
            Assert.InRange(s.Mean, t.Lower, t.Upper);
        }
    }

    /// <summary>The maker's fills as a share of every lot traded in the markets it quotes.</summary>
    private static double Share(IReadOnlyList<KpiSeries> run, string maker)
    {
        double filled = run.Of(maker).Sum("filled_lots");
        double volume = run.Where(s => s.Kind == Twin.Model.Markets.MarketKind.Name).Sum(s => s.Sum("volume_lots"));
        return filled / volume;
    }

    /// <summary>The scenario with two members' ids exchanged (nothing else moves).</summary>
    private static Scenario Swap(Scenario scenario, string a, string b)
    {
        var node = ScenarioPatcher.ToNode(scenario);
        foreach (var p in node["participants"]!.AsArray())
        {
            var id = (string)p!["id"]!;
            if (id == a) p["id"] = b;
            else if (id == b) p["id"] = a;
        }
        return TestScenarios.FromJson(node.ToJsonString());
    }

    /// <summary>The baseline's platform and towns without logistics and the institute, which do not touch the markets.</summary>
    public static Scenario PlatformOnly(Scenario scenario)
    {
        var node = ScenarioPatcher.ToNode(scenario);
        foreach (var section in new[] { "countries", "logistics", "hubs", "warehouses", "routes", "destinations", "borders", "institute", "programmes", "interventions" })
            node.Remove(section);
        return TestScenarios.FromJson(node.ToJsonString());
    }
}
