using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Twin.Model.Scenarios;

/// <summary>
/// Applies `set` and `scale` interventions to a scenario, giving the scenario in force from their
/// day. Going through the JSON form keeps it generic: every parameter is a lever without a line of
/// code per parameter.
/// </summary>
public static class ScenarioPatcher
{
    public static JsonObject ToNode(Scenario scenario) =>
        JsonSerializer.SerializeToNode(scenario, ScenarioJson.Options)!.AsObject();

    public static Scenario FromNode(JsonObject node) =>
        node.Deserialize<Scenario>(ScenarioJson.Options)
        ?? throw new InvalidOperationException("A patched scenario came back empty.");

    /// <summary>Applies one `set` or `scale` to the node in place; returns an error text, or null on success.</summary>
    public static string? TryApply(JsonObject root, InterventionSpec intervention)
    {
        if (intervention.Kind == InterventionKind.Close) return null;
        var resolution = ScenarioPath.Parse(intervention.Target).Resolve(root);
        if (!resolution.Found) return resolution.Error;
        var (value, error) = NewValue(resolution, intervention);
        if (error is not null) return error;
        resolution.Replace(value);
        return null;
    }

    /// <summary>
    /// The value a `set` or `scale` puts at the place it resolved to: `to` as given, or the number
    /// there times `by` (rounded for a whole-number field). Validation checks it before a run applies it.
    /// </summary>
    public static (JsonNode? Value, string? Error) NewValue(ScenarioPath.Resolution resolution, InterventionSpec intervention)
    {
        if (intervention.Kind == InterventionKind.Set)
            return (intervention.To is { } to ? JsonNode.Parse(to.GetRawText()) : null, null);
        if (resolution.Node is not JsonValue value || value.GetValueKind() != JsonValueKind.Number)
            return (null, $"'{intervention.Target}' is not a number, so it cannot be scaled");
        double scaled = value.GetValue<double>() * intervention.By!.Value;
        return (resolution.IsWholeNumber && double.IsFinite(scaled) && Math.Abs(scaled) < long.MaxValue
            ? JsonValue.Create((long)Math.Round(scaled, MidpointRounding.AwayFromZero))
            : JsonValue.Create(scaled), null);
    }

    /// <summary>
    /// The scenario with the given interventions applied in order. Scenarios are immutable, so the
    /// result is shared: every entity of a run (and every run of the scenario in this process)
    /// applying the same levers to the same scenario gets the same object, patched once.
    /// </summary>
    public static Scenario Apply(Scenario scenario, IEnumerable<InterventionSpec> interventions)
    {
        var levers = interventions.Where(i => i.Kind != InterventionKind.Close).ToArray();
        // Most entities of most runs have no lever to apply: skip the JSON round trip.
        if (levers.Length == 0) return scenario;
        var cache = Patched.GetValue(scenario, _ => new ConcurrentDictionary<LeverSet, Lazy<Scenario>>());
        return cache.GetOrAdd(new LeverSet(levers), set => new Lazy<Scenario>(() => Patch(scenario, set.Levers))).Value;
    }

    private static readonly ConditionalWeakTable<Scenario, ConcurrentDictionary<LeverSet, Lazy<Scenario>>> Patched = new();

    private static Scenario Patch(Scenario scenario, InterventionSpec[] levers)
    {
        var node = ToNode(scenario);
        foreach (var intervention in levers)
        {
            var error = TryApply(node, intervention);
            if (error is not null)
                throw new InvalidOperationException($"Intervention on '{intervention.Target}' cannot apply: {error}");
        }
        return FromNode(node);
    }

    /// <summary>A list of levers compared by the identity of its interventions, in order.</summary>
    private sealed class LeverSet(InterventionSpec[] levers) : IEquatable<LeverSet>
    {
        public InterventionSpec[] Levers => levers;

        public bool Equals(LeverSet? other) =>
            other is not null && other.Levers.Length == levers.Length && levers.Zip(other.Levers).All(p => ReferenceEquals(p.First, p.Second));

        public override bool Equals(object? obj) => Equals(obj as LeverSet);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var lever in levers) hash.Add(RuntimeHelpers.GetHashCode(lever));
            return hash.ToHashCode();
        }
    }
}
