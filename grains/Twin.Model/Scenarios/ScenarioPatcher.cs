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
        if (intervention.Kind == InterventionKind.Set)
        {
            resolution.Replace(intervention.To is { } to ? JsonNode.Parse(to.GetRawText()) : null);
            return null;
        }
        if (resolution.Node is not JsonValue value || value.GetValueKind() != JsonValueKind.Number)
            return $"'{intervention.Target}' is not a number, so it cannot be scaled";
        double scaled = value.GetValue<double>() * intervention.By!.Value;
        var type = Nullable.GetUnderlyingType(resolution.ValueType ?? typeof(double)) ?? resolution.ValueType;
        // Whole-number parameters (counts) are rounded to the nearest whole number after scaling.
        resolution.Replace(type == typeof(int) || type == typeof(long)
            ? JsonValue.Create((long)Math.Round(scaled, MidpointRounding.AwayFromZero))
            : JsonValue.Create(scaled));
        return null;
    }

    /// <summary>The scenario with the given interventions applied in order.</summary>
    public static Scenario Apply(Scenario scenario, IEnumerable<InterventionSpec> interventions)
    {
        var levers = interventions.Where(i => i.Kind != InterventionKind.Close).ToArray();
        // Most entities of most runs have no lever to apply: skip the JSON round trip.
        if (levers.Length == 0) return scenario;
        var node = ToNode(scenario);
        foreach (var intervention in levers)
        {
            var error = TryApply(node, intervention);
            if (error is not null)
                throw new InvalidOperationException($"Intervention on '{intervention.Target}' cannot apply: {error}");
        }
        return FromNode(node);
    }
}
