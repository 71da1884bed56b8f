using System.Text.Json;
using System.Text.Json.Serialization;

namespace Twin.Model.Scenarios;

/// <summary>The one set of JSON options for scenario files, so reading, checking and patching agree.</summary>
public static class ScenarioJson
{
    public static readonly JsonSerializerOptions Options = Create(indented: false);

    public static readonly JsonSerializerOptions Indented = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Computed properties (totals, derived kinds) are not part of the file format.
            IgnoreReadOnlyProperties = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            WriteIndented = indented,
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>
    /// Reads a <typeparamref name="T"/> from JSON in the scenario format: the shape checker reports
    /// every problem at <paramref name="path"/> first, and only a clean element is deserialized.
    /// </summary>
    /// <returns>The value, or null when the element has problems (now in <paramref name="problems"/>).</returns>
    public static T? ReadChecked<T>(JsonElement element, string path, ValidationProblems problems) where T : class
    {
        int before = problems.Count;
        new JsonShapeChecker(Options).Check(element, typeof(T), path, problems);
        return problems.Count > before ? null : element.Deserialize<T>(Options);
    }

    public static string Serialize(Scenario scenario, bool indented = false) =>
        JsonSerializer.Serialize(scenario, indented ? Indented : Options);
}
