using Twin.Model.Logistics;

namespace Twin.Model.Tests.Logistics;

public sealed class CapacityTests
{
    [Theory]
    [InlineData("baseline.json")]
    [InlineData("rail-moscow-8-per-week.json")]
    [InlineData("airport-bonded-capacity-x2.json")]
    public void A_departure_never_carries_more_than_its_capacity(string file)
    {
        var routes = LogisticsRuns.Of(file).Where(s => s.Kind == RouteKind.Name).ToArray();
        Assert.Equal(17, routes.Length);
        int nearCapacity = 0;
        foreach (var route in routes)
        {
            var load = route.Series("max_load_units");
            var capacity = route.Series("capacity_units");
            for (int day = 0; day < route.Days; day++)
                Assert.False(load[day] > capacity[day] * (1 + 1e-12), $"{file}: {route.EntityId} loaded {load[day]} > {capacity[day]} on day {day}");
            // Days without a departure have no load (NaN).
            if (load.Where(double.IsFinite).DefaultIfEmpty(0).Max() > 0.8 * capacity.Max()) nearCapacity++;
        }
        Assert.True(nearCapacity >= 12, $"{file}: only {nearCapacity} routes came near their capacity, so the check proves little");
    }

    [Theory]
    [InlineData("baseline.json")]
    [InlineData("airport-bonded-capacity-x2.json")]
    public void A_hub_or_warehouse_never_handles_more_than_its_daily_capacity(string file)
    {
        var nodes = LogisticsRuns.Of(file).Where(s => s.Kind is HubKind.Name or WarehouseKind.Name).ToArray();
        foreach (var node in nodes)
        {
            var handled = node.Series("handled_teu");
            var capacity = node.Series("capacity_teu");
            for (int day = 0; day < node.Days; day++)
                Assert.True(handled[day] <= capacity[day] * (1 + 1e-12), $"{file}: {node.EntityId} handled {handled[day]} > {capacity[day]} on day {day}");
        }
    }

    [Fact]
    public void The_bonded_forward_warehouse_is_the_baselines_bottleneck_and_works_at_capacity()
    {
        var forward = LogisticsRuns.Of("baseline.json").Entity("bonded-forward");
        var handled = forward.Series("handled_teu");
        var capacity = forward.Series("capacity_teu");
        int full = Enumerable.Range(0, 365).Count(d => handled[d] >= capacity[d] * (1 - 1e-9));
        Assert.True(full > 100, $"bonded-forward was full on only {full} days");
        // Its operator adds capacity once the backlog persists (docs/model.md, "Capacity response"), so the
        // backlog peaks within the year rather than on its last day.
        Assert.True(forward.Series("backlog_teu").Max() > 100);
    }
}
