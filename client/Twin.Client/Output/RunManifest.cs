using System.Text.Json;
using System.Text.Json.Nodes;
using Twin.Client.Runs;
using Twin.Contracts.Kernel;
using Twin.Contracts.Studies;

namespace Twin.Client.Output;

/// <summary>
/// `manifest.json` of `twin run --out`: everything needed to reproduce the runs exactly (the
/// scenario's full content and hash, seed, replications, days, run ids, code version and commit,
/// Orleans version), and the study that ran them.
/// </summary>
public static class RunManifest
{
    public static JsonObject Build(ScenarioDocument scenario, StudyDefinition study, DateTimeOffset createdAt)
    {
        var request = study.Request;
        return new JsonObject
        {
            ["scenario"] = new JsonObject
            {
                ["name"] = scenario.Scenario.Name,
                ["file"] = scenario.SourcePath,
                ["hash"] = scenario.Hash,
                ["content"] = JsonNode.Parse(scenario.CanonicalJson),
            },
            ["study"] = study.StudyId,
            ["seed"] = request.Seed,
            ["replications"] = request.Replications,
            ["days"] = request.Days,
            ["runs"] = new JsonArray(study.Runs.Where(r => r.Variant == 0).OrderBy(r => r.Replication).Select(r => (JsonNode)new JsonObject
            {
                ["run"] = r.RunId,
                ["replication"] = r.Replication,
                ["seed"] = request.Seed,
            }).ToArray()),
            ["codeVersion"] = CodeVersion.Version,
            ["commit"] = CodeVersion.Commit,
            ["orleansVersion"] = CodeVersion.OrleansVersion,
            ["createdAt"] = createdAt.ToUniversalTime().ToString("O"),
            ["reproduce"] = $"twin run {scenario.SourcePath ?? "SCENARIO.json"} --days {request.Days} --seed {request.Seed} --replications {request.Replications}",
        };
    }

    public static void WriteFile(ScenarioDocument scenario, StudyDefinition study, string path, DateTimeOffset createdAt) =>
        File.WriteAllText(path, Build(scenario, study, createdAt).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
}
