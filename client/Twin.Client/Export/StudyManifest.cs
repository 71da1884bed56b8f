using System.Text.Json;
using System.Text.Json.Nodes;
using Twin.Contracts.Kernel;
using Twin.Contracts.Studies;

namespace Twin.Client.Export;

/// <summary>
/// A study's `manifest.json`: each variant's full scenario content and hash, the seeds, days and
/// replications, every run id, the code, commit and Orleans versions, and every KPI's declaration
/// (unit, meaning, window rule). `twin run
/// manifest.json --variant LABEL` reproduces any of its runs exactly.
/// </summary>
public static class StudyManifest
{
    public const int Version = 1;

    public static JsonObject Build(StudyDefinition study, DateTimeOffset exportedAt)
    {
        var request = study.Request;
        return new JsonObject
        {
            ["manifestVersion"] = Version,
            ["study"] = study.StudyId,
            ["kind"] = request.Kind.ToString().ToLowerInvariant(),
            ["title"] = request.Title,
            ["seed"] = request.Seed,
            ["replications"] = request.Replications,
            ["days"] = request.Days,
            ["variants"] = new JsonArray(request.Variants.Select(v => (JsonNode)new JsonObject
            {
                ["label"] = v.Label,
                ["scenario"] = v.ScenarioName,
                ["file"] = v.SourceFile,
                ["hash"] = v.ScenarioHash,
                ["parameters"] = new JsonObject(v.Parameters.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value)))),
                ["content"] = JsonNode.Parse(v.ScenarioJson),
            }).ToArray()),
            ["runs"] = new JsonArray(study.Runs.Select(r => (JsonNode)new JsonObject
            {
                ["run"] = r.RunId,
                ["scenario"] = request.Variants[r.Variant].Label,
                ["replication"] = r.Replication,
                ["seed"] = request.Seed,
            }).ToArray()),
            ["codeVersion"] = CodeVersion.Version,
            ["commit"] = CodeVersion.Commit,
            ["orleansVersion"] = CodeVersion.OrleansVersion,
            ["createdAt"] = study.CreatedAt.ToUniversalTime().ToString("O"),
            ["exportedAt"] = exportedAt.ToUniversalTime().ToString("O"),
            ["reproduce"] = $"twin run manifest.json --variant LABEL (seed {request.Seed}, {request.Days} days, {request.Replications} replications)",
            // What each KPI of the export means and how a study turns a window of it into one number.
            ["kpis"] = JsonSerializer.SerializeToNode(Twin.Client.Studies.KpiDeclaration.All, new JsonSerializerOptions(JsonSerializerDefaults.Web)),
        };
    }

    public static void Write(StudyDefinition study, string path, DateTimeOffset exportedAt) =>
        File.WriteAllText(path, Build(study, exportedAt).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
}
