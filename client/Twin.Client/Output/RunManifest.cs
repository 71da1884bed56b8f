using System.Text.Json;
using System.Text.Json.Nodes;
using Twin.Client.Runs;
using Twin.Contracts.Kernel;

namespace Twin.Client.Output;

/// <summary>
/// `manifest.json`: everything needed to reproduce the runs exactly (the scenario's full content
/// and hash, seed, replications, days, run ids, code version and commit, Orleans version).
/// </summary>
public static class RunManifest
{
    public static JsonObject Build(RunSetResults results, DateTimeOffset createdAt)
    {
        var scenario = results.Scenario;
        return new JsonObject
        {
            ["scenario"] = new JsonObject
            {
                ["name"] = scenario.Scenario.Name,
                ["file"] = scenario.SourcePath,
                ["hash"] = scenario.Hash,
                ["content"] = JsonNode.Parse(scenario.CanonicalJson),
            },
            ["seed"] = results.Seed,
            ["replications"] = results.Runs.Count,
            ["days"] = results.Days,
            ["runs"] = new JsonArray(results.Runs.Select(r => (JsonNode)new JsonObject
            {
                ["run"] = r.RunId,
                ["replication"] = r.Replication,
                ["seed"] = r.Seed,
            }).ToArray()),
            ["codeVersion"] = CodeVersion.Version,
            ["commit"] = CodeVersion.Commit,
            ["orleansVersion"] = CodeVersion.OrleansVersion,
            ["createdAt"] = createdAt.ToUniversalTime().ToString("O"),
            ["reproduce"] = $"twin run {scenario.SourcePath ?? "SCENARIO.json"} --days {results.Days} --seed {results.Seed} --replications {results.Runs.Count}",
        };
    }

    public static void WriteFile(RunSetResults results, string path, DateTimeOffset createdAt) =>
        File.WriteAllText(path, Build(results, createdAt).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
}
