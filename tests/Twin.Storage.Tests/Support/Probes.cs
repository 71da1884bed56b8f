using Twin.Storage.Tests.Grains;

namespace Twin.Storage.Tests.Support;

/// <summary>Probe states with every field set, distinct per seed.</summary>
public static class Probes
{
    public static ProbeState State(int seed) => new()
    {
        Name = $"qingdao-{seed}",
        Count = 1_000_000_000_000L + seed,
        Series = [seed, 0.1 * seed, -2.5e-3, double.MaxValue],
        Tallies = new Dictionary<string, int> { ["rail-moscow"] = seed, ["tir-almaty"] = -seed },
        Note = new ProbeNote($"note {seed}", 90 + seed),
        SavedAt = new DateTime(2025, 6, 1, 8, 30, 0, DateTimeKind.Utc).AddDays(seed),
    };

    public static void Equal(ProbeState expected, ProbeState actual)
    {
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.Series, actual.Series);
        Assert.Equal(expected.Tallies, actual.Tallies);
        Assert.Equal(expected.Note, actual.Note);
        Assert.Equal(expected.SavedAt, actual.SavedAt);
        Assert.Equal(expected.SavedAt.Kind, actual.SavedAt.Kind);
    }
}
