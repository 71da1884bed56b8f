using Twin.Model.Kernel;
using Twin.Model.Statistics;

namespace Twin.Model.Tests.Statistics;

public class SummaryTests
{
    [Fact]
    public void The_interval_matches_a_hand_computation()
    {
        // 1..5: mean 3, sd sqrt(2.5) = 1.5811388; t(0.975, 4) = 2.7764451; half-width = t sd / sqrt(5) = 1.9632432.
        var s = Summary.Of([1, 2, 3, 4, 5]);
        Assert.Equal(5, s.Count);
        Assert.Equal(3, s.Mean, 12);
        Assert.Equal(1.5811388300841898, s.StandardDeviation, 12);
        Assert.Equal(3 - 1.9632432, s.Lower, 6);
        Assert.Equal(3 + 1.9632432, s.Upper, 6);
    }

    [Fact]
    public void A_90_percent_interval_uses_its_own_quantile()
    {
        // t(0.95, 9) = 1.8331129; values 10, 12, ..., 28: mean 19, sd 6.0553007.
        var s = Summary.Of(Enumerable.Range(0, 10).Select(i => 10.0 + 2 * i).ToArray(), confidence: 0.90);
        Assert.Equal(19, s.Mean, 12);
        Assert.Equal(1.8331129 * 6.0553007 / Math.Sqrt(10), s.HalfWidth, 5);
    }

    [Fact]
    public void One_value_has_no_interval_and_none_has_no_mean()
    {
        Assert.True(double.IsNaN(Summary.Of([4]).Lower));
        Assert.Equal(4, Summary.Of([4]).Mean);
        Assert.True(double.IsNaN(Summary.Of([]).Mean));
    }

    [Fact]
    public void Paired_differences_and_the_share_better_follow_the_direction()
    {
        var c = PairedComparison.Of([10, 20, 30, 40], [11, 19, 33, 44], KpiDirection.HigherIsBetter);
        Assert.Equal([1, -1, 3, 4], c.Differences);
        Assert.Equal(1.75, c.Difference.Mean, 12);
        Assert.Equal(0.75, c.ShareBetter);
        Assert.Equal(0.25, PairedComparison.Of([10, 20, 30, 40], [11, 19, 33, 44], KpiDirection.LowerIsBetter).ShareBetter);
        Assert.Null(PairedComparison.Of([1], [2], KpiDirection.Neutral).ShareBetter);
    }

    [Fact]
    public void Pairing_beats_comparing_means_when_replications_share_their_noise()
    {
        // Large common noise, small steady effect: the paired interval excludes zero, the unpaired ones overlap.
        double[] baseline = [100, 140, 90, 160, 120];
        double[] whatIf = baseline.Select(v => v + 2).ToArray();
        var c = PairedComparison.Of(baseline, whatIf, KpiDirection.HigherIsBetter);
        Assert.Equal(2, c.Difference.Mean, 12);
        Assert.Equal(0, c.Difference.StandardDeviation, 12);
        Assert.True(c.Baseline.Upper > c.WhatIf.Lower);
    }

    [Fact]
    public void A_replication_without_a_value_is_left_out_of_the_summary_and_of_the_pairs()
    {
        var s = Summary.Of([2, double.NaN, 4]);
        Assert.Equal((2, 3.0), (s.Count, s.Mean));
        var c = PairedComparison.Of([10, 10, double.NaN], [12, double.NaN, 11], Twin.Model.Kernel.KpiDirection.HigherIsBetter);
        Assert.Equal(1, c.Difference.Count);
        Assert.Equal(2, c.Difference.Mean);
        Assert.Equal(1.0, c.ShareBetter);
    }
}
