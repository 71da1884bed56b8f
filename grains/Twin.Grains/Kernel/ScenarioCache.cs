using System.Collections.Concurrent;
using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Grains.Kernel;

/// <summary>
/// Parses each scenario once per silo, not once per entity: a run's entities all share the
/// parsed scenario and its directory. Keyed by content hash.
/// </summary>
public sealed class ScenarioCache
{
    private const int Capacity = 64;
    private readonly ConcurrentDictionary<string, Lazy<ParsedScenario>> _entries = new(StringComparer.Ordinal);

    public ParsedScenario Get(string hash, string json)
    {
        if (_entries.Count >= Capacity) _entries.Clear();
        return _entries.GetOrAdd(hash, _ => new Lazy<ParsedScenario>(() => Parse(hash, json))).Value;
    }

    private static ParsedScenario Parse(string hash, string json)
    {
        var result = ScenarioLoader.Load(json);
        if (!result.IsValid)
            throw new ArgumentException("The run's scenario is not valid: " + string.Join("; ", result.Problems));
        var actual = ScenarioHash.Of(result.Scenario!);
        if (actual != hash)
            throw new ArgumentException($"The run's scenario hash {hash} does not match its content ({actual}).");
        return new ParsedScenario(result.Scenario!, EntityCatalog.DirectoryOf(result.Scenario!));
    }
}

public sealed record ParsedScenario(Scenario Scenario, EntityDirectory Directory);
