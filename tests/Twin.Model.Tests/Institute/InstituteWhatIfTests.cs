using Twin.Model.Kernel;
using Twin.Model.Scenarios;
using Twin.Model.Tests.Logistics;
using Twin.Model.Tests.Support;

namespace Twin.Model.Tests.Institute;

/// <summary>The institute's example what-ifs change trainees and, through the alumni effect, trade; same seed as the baseline.</summary>
public sealed class InstituteWhatIfTests
{
    private static readonly IReadOnlyList<KpiSeries> Baseline = LogisticsRuns.Of("baseline.json");

    [Fact]
    public void Doubling_the_classes_doubles_the_trainees_and_raises_the_towns_exports()
    {
        var whatIf = LogisticsRuns.Of("institute-doubles-classes.json");
        foreach (var programme in new[] { "trade-training", "foreign-aid-training" })
        {
            Assert.Equal(2 * Baseline.Entity(programme).Sum("classes_started"), whatIf.Entity(programme).Sum("classes_started"), 1);
            Assert.True(whatIf.Entity(programme).Sum("enrolled") > 1.8 * Baseline.Entity(programme).Sum("enrolled"), programme);
        }
        var before = Baseline.Entity("sco-institute");
        var after = whatIf.Entity("sco-institute");
        Assert.True(after.Last("alumni_abroad") > before.Last("alumni_abroad") + 3000);
        Assert.True(after.Sum("export_demand_factor") > before.Sum("export_demand_factor"));
        foreach (var country in TestScenarios.Baseline().Countries.Where(c => c.TraineeWeight > 0))
            Assert.True(after.Last($"trade_multiplier_{country.Id}") >= before.Last($"trade_multiplier_{country.Id}"), country.Id);
        Assert.True(TownExports(whatIf) > TownExports(Baseline) * 1.003, $"towns export {TownExports(whatIf)} vs {TownExports(Baseline)}");
    }

    [Fact]
    public void The_Macao_partnership_trains_from_day_90_and_raises_trade_with_the_Portuguese_speaking_countries()
    {
        var whatIf = LogisticsRuns.Of("macao-partnership-from-day-90.json");
        var macao = whatIf.Entity("macao-universities");
        Assert.Equal(0, macao.Sum("enrolled", 0, 90));
        Assert.True(macao.Sum("enrolled") > 100);
        Assert.Equal(0, Baseline.Entity("macao-universities").Sum("enrolled"));
        var lusophone = TestScenarios.Baseline().Countries.Where(c => c.Group == CountryGroup.Lusophone).ToArray();
        // The other programmes draw exactly as in the baseline, so no country has fewer alumni, and these have more.
        double Alumni(IReadOnlyList<KpiSeries> run, string country) => run.Entity("sco-institute").Last($"alumni_{country}");
        foreach (var country in TestScenarios.Baseline().Countries)
            Assert.True(Alumni(whatIf, country.Id) >= Alumni(Baseline, country.Id), country.Id);
        Assert.True(lusophone.Sum(c => Alumni(whatIf, c.Id)) > lusophone.Sum(c => Alumni(Baseline, c.Id)) + 50);
        // Exports delivered to the Portuguese-speaking countries with a share of the zone's exports.
        double Delivered(IReadOnlyList<KpiSeries> run) => lusophone.Where(c => c.ExportShare > 0)
            .Sum(c => run.Where(s => s.Kind == "destination").Sum(s => s.IndexOf("export_value_cny_" + c.Id) >= 0 ? s.Sum("export_value_cny_" + c.Id) : 0));
        Assert.True(Delivered(whatIf) > Delivered(Baseline), $"delivered {Delivered(whatIf)} vs {Delivered(Baseline)}");
        Assert.True(whatIf.Entity("sco-institute").Last("trade_multiplier_brazil") > Baseline.Entity("sco-institute").Last("trade_multiplier_brazil"));
    }

    private static double TownExports(IReadOnlyList<KpiSeries> run) => run.Where(s => s.Kind == "town").Sum(s => s.Sum("export_value_cny"));
}
