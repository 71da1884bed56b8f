using System.Text.Json;
using System.Text.Json.Nodes;
using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Silo.Zone;

/// <summary>The live scenario's entities and how they connect: what the page draws and the metrics label.</summary>
public sealed record ZoneMap(string Scenario, string ScenarioHash, DateOnly Start, IReadOnlyList<ZoneEntity> Entities)
{
    /// <summary>Fields copied from an entity's scenario entry when they hold a string: they link it to other entities or classify it.</summary>
    public static readonly IReadOnlyList<string> LinkFields = ["town", "location", "from", "to", "mode", "border", "country", "role", "unit", "type", "currency"];

    public static readonly ZoneMap Empty = new("", "", default, []);

    private Dictionary<string, ZoneEntity>? _byId;

    public ZoneEntity? Find(string id) =>
        (_byId ??= Entities.ToDictionary(e => e.Id, StringComparer.Ordinal)).GetValueOrDefault(id);

    /// <summary>Every entity the kernel runs for the scenario, read generically, so a new kind appears without code here.</summary>
    public static ZoneMap From(Scenario scenario, string hash)
    {
        var root = ScenarioPatcher.ToNode(scenario);
        var entities = EntityCatalog.Describe(scenario).Select(d =>
        {
            var node = At(root, d.JsonPath) as JsonObject;
            var links = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var field in LinkFields)
                if (node?[field] is JsonValue v && v.GetValueKind() == JsonValueKind.String)
                    links[field] = v.GetValue<string>();
            var name = node?["name"] is JsonValue n && n.GetValueKind() == JsonValueKind.String ? n.GetValue<string>() : d.Id;
            return new ZoneEntity(d.Id, d.Kind, d.Section, name, links);
        }).ToArray();
        return new ZoneMap(scenario.Name, hash, scenario.Start, entities);
    }

    /// <summary>The node at a descriptor's path, such as `towns[2]` or `clearing`.</summary>
    private static JsonNode? At(JsonObject root, string path)
    {
        int bracket = path.IndexOf('[');
        if (bracket < 0) return root[path];
        var list = root[path[..bracket]] as JsonArray;
        return int.TryParse(path[(bracket + 1)..^1], out var index) && list is not null && index < list.Count ? list[index] : null;
    }
}
