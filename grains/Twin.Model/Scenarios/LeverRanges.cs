using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Twin.Model.Scenarios;

/// <summary>
/// What a `set` or `scale` leaves at its path must pass the same checks as the file ([Min],
/// [Max], types), judged on the day it applies: levers are played in the order a run applies
/// them (by day, then file order), so a scale acts on the value the earlier levers left.
/// </summary>
internal static class LeverRanges
{
    private static readonly JsonShapeChecker Checker = new(ScenarioJson.Options);

    /// <param name="usable">The indexes of the interventions that passed the structural checks.</param>
    public static void Check(Scenario scenario, IReadOnlySet<int> usable, ValidationProblems problems)
    {
        var running = ScenarioPatcher.ToNode(scenario);
        var order = scenario.Interventions.Select((iv, i) => (iv, i))
            .Where(x => usable.Contains(x.i) && x.iv.Kind != InterventionKind.Close)
            .OrderBy(x => x.iv.Day);
        foreach (var (iv, i) in order)
        {
            if (problems.IsFull) return;
            var resolution = ScenarioPath.Parse(iv.Target).Resolve(running);
            if (!resolution.Found || resolution.NodeType is null) continue;
            var (value, error) = ScenarioPatcher.NewValue(resolution, iv);
            if (error is not null) continue;
            var path = ValidationProblems.Index("interventions", i);
            if (iv.Kind == InterventionKind.Scale && value is JsonValue v && v.TryGetValue<double>(out var scaled) && !double.IsFinite(scaled))
            {
                problems.Add(ValidationProblems.Join(path, "by"), $"scaling '{iv.Scale}' by {Format(iv.By!.Value)} gives a number too large to hold (at {resolution.JsonPath})");
                continue;
            }
            var found = new ValidationProblems();
            using (var document = JsonDocument.Parse(value?.ToJsonString() ?? "null"))
                Checker.CheckField(document.RootElement, resolution.NodeType, resolution.Property?.AttributeProvider, resolution.JsonPath, found);
            foreach (var p in found.Items)
            {
                problems.Add(iv.Kind == InterventionKind.Set
                    ? (ValidationProblems.Join(path, "to"), $"{p.Message} (at {p.Path})")
                    : (ValidationProblems.Join(path, "by"), $"scaling '{iv.Scale}' by {Format(iv.By!.Value)} gives {value!.ToJsonString()} from day {iv.Day}: {p.Message} (at {p.Path})"));
            }
            // A lever that breaks a range is reported, not applied: later levers are judged on sound values.
            if (!found.Any) resolution.Replace(value);
        }
    }

    private static string Format(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
