using System.Text.Json;
using Twin.Client.Live;
using Twin.Model.Scenarios;

namespace Twin.Grains.Tests;

public sealed class ObservationMapperTests
{
    private static readonly Scenario Baseline = BuiltInScenarios.Baseline();

    private static ObservationMapper.Result Map(string json) =>
        ObservationMapper.Map([JsonDocument.Parse(json).RootElement], Baseline, Baseline.Days);

    [Fact]
    public void An_enrolment_is_a_class_started_and_its_trainees_enrolled()
    {
        var result = Map("""{ "type": "enrolment", "programme": "trade-training", "date": "2025-03-10", "trainees": { "russia": 12, "kazakhstan": 8 } }""");
        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Contains(result.Observations, o => o is { EntityId: "trade-training", Kpi: "enrolled", Day: 68, Value: 20, Accumulate: true });
        Assert.Contains(result.Observations, o => o is { EntityId: "trade-training", Kpi: "classes_started", Value: 1 });
    }

    [Fact]
    public void A_bad_enrolment_names_the_programme_or_the_country()
    {
        Assert.Contains(Map("""{ "type": "enrolment", "programme": "trade-trainin", "date": "2025-03-10", "trainees": { "russia": 1 } }""").Problems,
            p => p.Path == "observations[0].programme" && p.Message.StartsWith("no programme 'trade-trainin'", StringComparison.Ordinal));
        Assert.Contains(Map("""{ "type": "enrolment", "programme": "trade-training", "date": "2025-03-10", "trainees": { "atlantis": 1 } }""").Problems,
            p => p.Path == "observations[0].trainees.atlantis" && p.Message.Contains("russia, kazakhstan, uzbekistan", StringComparison.Ordinal));
        Assert.Contains(Map("""{ "type": "enrolment", "programme": "trade-training", "date": "2025-03-10", "trainees": { "kazakstan": 1 } }""").Problems,
            p => p.Message.StartsWith("no country 'kazakstan' (did you mean 'kazakhstan'?)", StringComparison.Ordinal));
    }

    [Fact]
    public void An_enrolment_takes_the_two_letter_codes_the_platform_members_use()
    {
        var result = Map("""{ "type": "enrolment", "programme": "trade-training", "date": "2025-03-10", "trainees": { "KZ": 8, "russia": 12 } }""");
        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Contains(result.Observations, o => o is { EntityId: "trade-training", Kpi: "enrolled", Value: 20 });
    }

    [Fact]
    public void A_trade_needs_its_quantity_and_fixes_count_volume_vwap_and_close()
    {
        Assert.Contains(Map("""{ "type": "trade", "market": "copper", "date": "2025-03-10", "price": 9700 }""").Problems, p => p.Path == "observations[0].quantity");
        var result = Map("""{ "type": "trade", "market": "copper", "date": "2025-03-10", "price": 9700, "quantity": 4 }""");
        Assert.Equal(["trades", "volume_lots", "vwap", "close"], result.Observations.Select(o => o.Kpi));
        Assert.Equal(4, result.Observations[2].Weight);
        Assert.False(result.Observations[3].Accumulate);
    }
}
