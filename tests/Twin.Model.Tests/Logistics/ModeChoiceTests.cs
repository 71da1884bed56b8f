using Twin.Model.Kernel;
using Twin.Model.Logistics;
using Twin.Model.Scenarios;
using Twin.Model.Tests.Support;

namespace Twin.Model.Tests.Logistics;

public sealed class ModeChoiceTests
{
    /// <summary>Rail's share of general cargo to Moscow when rail-moscow charges <paramref name="costPerTeu"/>.</summary>
    private static (double Rail, double Sum) Shares(double costPerTeu, GoodsClass goods)
    {
        var scenario = LogisticsScenarios.Set(TestScenarios.Baseline(), "routes/rail-moscow/costPerUnit", costPerTeu);
        var network = new LogisticsNetwork(scenario, EntityCatalog.DirectoryOf(scenario));
        var chooser = new RouteChooser(imports: false);
        chooser.Reset(network);
        var routes = new int[network.Routes.Length];
        var p = new double[network.Routes.Length];
        int moscow = EntityCatalog.DirectoryOf(scenario).IndexOf("moscow");
        int n = chooser.Choose(network, moscow, goods, valuePerTonne: 12_000, teuPerTonne: 0.1, routes, p);
        double rail = 0, sum = 0;
        for (int i = 0; i < n; i++)
        {
            Assert.InRange(p[i], 0, 1);
            sum += p[i];
            if (network.Routes[routes[i]].Spec.Mode == TransportMode.Rail) rail += p[i];
        }
        return (rail, sum);
    }

    [Theory]
    [InlineData(GoodsClass.General)]
    [InlineData(GoodsClass.Ecommerce)]
    public void Raising_rail_cost_lowers_rails_share_and_probabilities_sum_to_one(GoodsClass goods)
    {
        double previous = double.PositiveInfinity;
        foreach (double cost in new[] { 3_000.0, 6_000, 9_000, 15_000, 25_000, 40_000, 80_000 })
        {
            var (rail, sum) = Shares(cost, goods);
            Assert.Equal(1.0, sum, 12);
            Assert.True(rail <= previous, $"rail share rose from {previous} to {rail} when its cost rose to {cost}");
            previous = rail;
        }
        Assert.True(Shares(3_000, goods).Rail > Shares(80_000, goods).Rail + 0.3, "the cost must matter, not just not hurt");
    }

    [Fact]
    public void Logit_probabilities_follow_utility_differences_and_drop_tiny_shares()
    {
        Span<double> p = [0, Math.Log(3), -40];
        ModeChoice.Probabilities(p, minShare: 1e-6);
        Assert.Equal(0.25, p[0], 12);
        Assert.Equal(0.75, p[1], 12);
        Assert.Equal(0, p[2]);
    }

    [Fact]
    public void Longer_waits_and_worse_punctuality_lower_a_routes_utility()
    {
        var spec = TestScenarios.Baseline().Logistics!.ModeChoice;
        double u = ModeChoice.Utility(spec, TransportMode.Rail, 900, 15, 0, 0.9, 12_000, 0.001);
        Assert.True(ModeChoice.Utility(spec, TransportMode.Rail, 900, 15, 10, 0.9, 12_000, 0.001) < u);
        Assert.True(ModeChoice.Utility(spec, TransportMode.Rail, 900, 15, 0, 0.5, 12_000, 0.001) < u);
        Assert.True(ModeChoice.Utility(spec, TransportMode.Rail, 900, 20, 0, 0.9, 12_000, 0.001) < u);
    }
}
