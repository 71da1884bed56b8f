using Twin.Model.Kernel;
using Twin.Model.Tests.Support;

namespace Twin.Model.Tests.Kernel;

/// <summary>Every KPI the twin records is declared once, for its entity kind, with a rule that can be applied.</summary>
public sealed class KpiDeclarationTests
{
    public static TheoryData<string> ScenarioFiles() =>
        new(Directory.GetFiles(TestScenarios.PathOf(""), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void Every_kpi_recorded_in_the_baseline_and_every_example_has_a_declaration_for_its_kind(string file)
    {
        var scenario = TestScenarios.Load(file);
        var series = new SequentialRunner(scenario, scenario.Seed, 0, 1).Run();
        var missing = new List<string>();
        foreach (var s in series.DistinctBy(s => (s.Kind, string.Join(',', s.Names))))
        {
            foreach (var kpi in s.Names)
            {
                var info = KpiCatalog.Find(s.Kind, kpi);
                if (info is null) { missing.Add($"{s.Kind}/{kpi} (e.g. {s.EntityId})"); continue; }
                if (info.Weight is { } weight && s.IndexOf(weight) < 0)
                    missing.Add($"{s.Kind}/{kpi}: weighted by '{weight}', which {s.EntityId} does not record");
                if (info.Aggregation == KpiAggregation.Quantile && info.Probability is <= 0 or >= 1)
                    missing.Add($"{s.Kind}/{kpi}: a quantile needs a probability in (0, 1)");
            }
        }
        Assert.True(missing.Count == 0, $"{file}: KPIs without a usable declaration:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void A_kind_declares_each_name_once_and_every_declaration_has_a_unit_and_a_meaning()
    {
        foreach (var kind in EntityCatalog.Kinds)
        {
            var duplicated = kind.Kpis.GroupBy(k => k.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
            Assert.True(duplicated.Length == 0, $"{kind.Kind} declares {string.Join(", ", duplicated)} more than once");
            Assert.All(kind.Kpis, k => Assert.False(string.IsNullOrWhiteSpace(k.Unit) || string.IsNullOrWhiteSpace(k.Description), $"{kind.Kind}/{k.Name}"));
        }
    }

    [Fact]
    public void Metadata_is_keyed_by_kind_so_one_name_can_mean_different_things()
    {
        // `orders` is a market's flow of orders received and a participant's orders sent; `closed` is declared by each kind.
        Assert.Equal("orders received", KpiCatalog.Info("market", "orders").Description);
        Assert.Equal("orders sent", KpiCatalog.Info("participant", "orders").Description);
        Assert.Null(KpiCatalog.Find("town", "load_factor"));
        Assert.Throws<KeyNotFoundException>(() => KpiCatalog.Info("town", "load_factor"));
        Assert.Equal(KpiAggregation.Last, KpiCatalog.Info("participant", "pnl_usd").Aggregation);
        Assert.Equal("export_value_cny_russia", KpiCatalog.Info("destination", "export_value_cny_russia").Name);
        Assert.Equal(KpiAggregation.Sum, KpiCatalog.Info("destination", "export_value_cny").Aggregation);
    }
}
