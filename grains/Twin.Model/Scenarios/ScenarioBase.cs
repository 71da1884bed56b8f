using System.Text.Json;
using System.Text.Json.Nodes;

namespace Twin.Model.Scenarios;

/// <summary>
/// A what-if file may name a base scenario, `"base": "baseline.json"` (relative to the file), and
/// give only what differs: each top-level field it has replaces the base's (typically name and
/// description), except `interventions`, which come after the base's. The what-if then follows
/// every change of the baseline instead of going stale as a full copy would.
/// </summary>
public static class ScenarioBase
{
    public const string Field = "base";
    private const string InterventionsField = "interventions";
    private const int MaxDepth = 8;

    /// <summary>The file's JSON with its base (and the base's base) merged in; problems name the file and field.</summary>
    public static (string? Json, ValidationProblem? Problem) Resolve(string path, string json) => Resolve(path, json, depth: 0, []);

    private static (string? Json, ValidationProblem? Problem) Resolve(string path, string json, int depth, HashSet<string> seen)
    {
        JsonObject root;
        try
        {
            if (JsonNode.Parse(json, documentOptions: ScenarioLoader.DocumentOptions) is not JsonObject obj)
                return (json, null);
            root = obj;
        }
        catch (JsonException)
        {
            return (json, null); // The loader reports the syntax error with its position.
        }
        if (!root.TryGetPropertyValue(Field, out var baseNode)) return (json, null);
        if (baseNode is not JsonValue value || !value.TryGetValue<string>(out var relative) || relative.Length == 0)
            return (null, new ValidationProblem(Field, "expected the path of a scenario file, such as \"baseline.json\""));
        var basePath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", relative));
        if (!seen.Add(Path.GetFullPath(path)) || depth >= MaxDepth || seen.Contains(basePath))
            return (null, new ValidationProblem(Field, $"'{relative}' leads back to a file already on the chain of bases"));
        if (!File.Exists(basePath))
            return (null, new ValidationProblem(Field, $"base file not found: {basePath}"));
        var (baseJson, problem) = Resolve(basePath, File.ReadAllText(basePath), depth + 1, seen);
        if (problem is not null) return (null, problem with { Message = $"in base {relative}: {problem.Message}" });
        JsonObject merged;
        try
        {
            merged = JsonNode.Parse(baseJson!, documentOptions: ScenarioLoader.DocumentOptions)!.AsObject();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return (null, new ValidationProblem(Field, $"base {relative} is not a valid scenario: {e.Message.Split(". ")[0]}"));
        }
        foreach (var (name, node) in root.ToArray())
        {
            if (name == Field) continue;
            root.Remove(name);
            // A what-if on a what-if adds its levers to its base's: chaining "8 trains a week" and
            // "Almaty closed" means both. Every other field, arrays included, replaces the base's.
            if (name == InterventionsField && merged[name] is JsonArray inherited && node is JsonArray added)
            {
                foreach (var item in added.ToArray())
                {
                    added.Remove(item);
                    inherited.Add(item);
                }
                continue;
            }
            merged[name] = node;
        }
        return (merged.ToJsonString(), null);
    }
}
