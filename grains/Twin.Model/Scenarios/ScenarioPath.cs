using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Twin.Model.Scenarios;

/// <summary>
/// A parameter path of an intervention, such as `towns/hub-port/labourForceShare`: object fields
/// by name, list items by their `id`. It is resolved against the scenario as the serializer writes
/// it (defaults included), so any parameter can be a lever, even one the file left out.
/// </summary>
public sealed class ScenarioPath
{
    private ScenarioPath(string text, string[] segments) => (Text, Segments) = (text, segments);

    public string Text { get; }

    public IReadOnlyList<string> Segments { get; }

    public static ScenarioPath Parse(string text) => new(text, text.Split('/'));

    /// <summary>Finds the node at this path; on failure says which segment did not resolve and why.</summary>
    public Resolution Resolve(JsonObject root)
    {
        JsonNode? node = root;
        JsonNode? parent = null;
        object? key = null;
        var type = options.GetTypeInfo(typeof(Scenario));
        JsonPropertyInfo? property = null;
        string jsonPath = "";
        for (int i = 0; i < Segments.Count; i++)
        {
            var segment = Segments[i];
            var where = string.Join('/', Segments.Take(i));
            if (segment.Length == 0)
                return Resolution.Fail($"empty segment after '{where}'");
            switch (node)
            {
                case JsonObject obj when type?.Kind == JsonTypeInfoKind.Object:
                    property = type.Properties.FirstOrDefault(p => p.Name == segment && p.Set is not null);
                    if (property is null)
                        return Resolution.Fail(where.Length == 0 ? $"'{segment}' is not a section of a scenario" : $"'{where}' has no parameter '{segment}'");
                    if (!obj.TryGetPropertyValue(segment, out var child) || child is null)
                        return Resolution.Fail($"'{string.Join('/', Segments.Take(i + 1))}' is not present in this scenario");
                    (parent, key, node) = (obj, segment, child);
                    type = TypeInfoOf(property.PropertyType);
                    jsonPath = ValidationProblems.Join(jsonPath, segment);
                    break;
                case JsonArray array when type?.Kind == JsonTypeInfoKind.Enumerable:
                    int index = IndexOfId(array, segment);
                    if (index < 0)
                        return Resolution.Fail($"'{where}' has no item with id '{segment}'");
                    (parent, key, node) = (array, index, array[index]);
                    type = TypeInfoOf(type.ElementType!);
                    jsonPath = ValidationProblems.Index(jsonPath, index);
                    property = null;
                    break;
                default:
                    return Resolution.Fail($"'{where}' is a single value and has no '{segment}'");
            }
        }
        return new Resolution(true, "", parent, key, node, property) { NodeType = type?.Type, JsonPath = jsonPath };
    }

    private static JsonTypeInfo? TypeInfoOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return options.GetTypeInfo(type);
    }

    private static int IndexOfId(JsonArray array, string id)
    {
        for (int i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonObject item && item.TryGetPropertyValue("id", out var value) &&
                value is JsonValue v && v.TryGetValue<string>(out var s) && s == id)
                return i;
        }
        return -1;
    }

    private static readonly JsonSerializerOptions options = ScenarioJson.Options;

    public override string ToString() => Text;

    /// <summary>Where a path led: the node, its parent and key (to replace it), and the field's declaration.</summary>
    public sealed record Resolution(bool Found, string Error, JsonNode? Parent, object? Key, JsonNode? Node, JsonPropertyInfo? Property)
    {
        public static Resolution Fail(string error) => new(false, error, null, null, null, null);

        /// <summary>The declared type of the node (a field's type, or a list's item type).</summary>
        public Type? NodeType { get; init; }

        /// <summary>Where the node is, as validation problems name places: `routes[0].departuresPerWeek`.</summary>
        public string JsonPath { get; init; } = "";

        public bool IsInitialCondition =>
            Property?.AttributeProvider?.IsDefined(typeof(InitialConditionAttribute), inherit: true) == true;

        public Type? ValueType => Property?.PropertyType;

        /// <summary>A whole-number field (a count): numbers computed for it are rounded to the nearest whole number.</summary>
        public bool IsWholeNumber
        {
            get
            {
                var type = ValueType is { } t ? Nullable.GetUnderlyingType(t) ?? t : null;
                return type == typeof(int) || type == typeof(long);
            }
        }

        public void Replace(JsonNode? value)
        {
            switch (Parent)
            {
                case JsonObject obj: obj[(string)Key!] = value; break;
                case JsonArray array: array[(int)Key!] = value; break;
                default: throw new InvalidOperationException("The scenario root itself cannot be replaced.");
            }
        }
    }
}
