using Twin.Model.Logistics;
using Twin.Model.Scenarios;

namespace Twin.Model.Tests.Logistics;

public sealed class CapacityRuleTests
{
    private static readonly CapacityRuleSpec Rule = new() { Enabled = true, ReviewDays = 7, RaiseAboveDays = 5, LowerBelowDays = 2, LowerBelowLoad = 0.7, Step = 0.1, MinFactor = 0.5, MaxFactor = 1.5 };

    /// <summary>Runs whole review periods of identical days, starting after the first (which decides nothing).</summary>
    private static CapacityRule After(int periods, double backlogDays, double load, CapacityRuleSpec? rule = null)
    {
        var capacity = new CapacityRule();
        for (int day = 0; day < 7 * (periods + 1); day++)
        {
            capacity.Record(backlogDays, load * 10, 10);
            capacity.Review(day, rule ?? Rule);
        }
        return capacity;
    }

    [Fact]
    public void The_first_period_decides_nothing_because_the_network_starts_empty() =>
        Assert.Equal(1.0, After(0, backlogDays: 0, load: 0).Factor);

    [Fact]
    public void A_persistent_backlog_adds_a_step_per_multiple_of_the_threshold_up_to_the_bound()
    {
        Assert.Equal(1.1, After(1, backlogDays: 5.0001, load: 1).Factor, 3);
        Assert.Equal(1.2, After(1, backlogDays: 10, load: 1).Factor, 9);
        Assert.Equal(1.5, After(5, backlogDays: 10, load: 1).Factor, 9);
    }

    [Fact]
    public void Capacity_is_cut_only_when_the_backlog_is_short_and_the_capacity_goes_unused()
    {
        Assert.Equal(0.9, After(1, backlogDays: 1, load: 0.5).Factor, 9);
        Assert.Equal(0.5, After(9, backlogDays: 1, load: 0.5).Factor, 9);
        Assert.Equal(1.0, After(3, backlogDays: 1, load: 0.8).Factor);
        Assert.Equal(1.0, After(3, backlogDays: 3, load: 0.5).Factor);
    }

    [Fact]
    public void Switched_off_the_scheduled_capacity_holds()
    {
        var capacity = After(3, backlogDays: 10, load: 1);
        capacity.Review(100, new CapacityRuleSpec { Enabled = false });
        Assert.Equal(1.0, capacity.Factor);
        Assert.Equal(1.0, After(3, backlogDays: 10, load: 1, new CapacityRuleSpec()).Factor);
    }

    [Fact]
    public void The_rule_survives_a_checkpoint_in_the_middle_of_a_period()
    {
        var straight = new CapacityRule();
        var resumed = new CapacityRule();
        for (int day = 0; day < 40; day++)
        {
            if (day == 17)
            {
                using var stream = new MemoryStream();
                using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) resumed.Write(writer);
                resumed = new CapacityRule();
                stream.Position = 0;
                using var reader = new BinaryReader(stream);
                resumed.Read(reader);
            }
            foreach (var rule in new[] { straight, resumed })
            {
                rule.Record(day % 5 * 3, 6, 10);
                rule.Review(day, Rule);
            }
            Assert.Equal(straight.Factor, resumed.Factor);
        }
        Assert.NotEqual(1.0, straight.Factor);
    }
}
