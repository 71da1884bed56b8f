using System.Text.Json;
using Twin.Model.Scenarios;

namespace Twin.Client.Runs;

/// <summary>
/// Reads the scenario, seed, days and replications back out of a manifest, so `twin run
/// manifest.json` reproduces what it describes: a run's manifest (from `twin run --out`) or a
/// study's (from `twin export`, one variant chosen by label).
/// </summary>
public static class ManifestReader
{
    public sealed record Reproduction(ScenarioDocument Scenario, long Seed, int Days, int Replications);

    /// <summary>True if the file is a manifest rather than a scenario.</summary>
    public static bool IsManifest(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object &&
                   (root.TryGetProperty("manifestVersion", out _) || (root.TryGetProperty("scenario", out var s) && s.ValueKind == JsonValueKind.Object && s.TryGetProperty("content", out _)));
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return false;
        }
    }

    public static Reproduction Read(string path, string? variant)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        JsonElement content;
        if (root.TryGetProperty("variants", out var variants))
        {
            var labels = variants.EnumerateArray().Select(v => v.GetProperty("label").GetString()!).ToArray();
            var chosen = variant ?? labels[0];
            int index = Array.IndexOf(labels, chosen);
            if (index < 0)
                throw new ArgumentException($"--variant '{chosen}' is not in {path}; its variants are: {string.Join(", ", labels.Select(l => $"'{l}'"))}.");
            content = variants[index].GetProperty("content");
        }
        else
        {
            if (variant is not null) throw new ArgumentException($"{path} describes a single scenario; --variant does not apply.");
            content = root.GetProperty("scenario").GetProperty("content");
        }
        var result = ScenarioLoader.Load(content.GetRawText());
        if (!result.IsValid) throw new ScenarioInvalidException(path, result.Problems);
        return new Reproduction(ScenarioDocument.From(result.Scenario!, path),
            root.GetProperty("seed").GetInt64(), root.GetProperty("days").GetInt32(), root.GetProperty("replications").GetInt32());
    }
}
