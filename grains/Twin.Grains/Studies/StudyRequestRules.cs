using Twin.Contracts.Studies;

namespace Twin.Grains.Studies;

/// <summary>What a study request must satisfy before any run starts; violations name the field.</summary>
public static class StudyRequestRules
{
    public static void Check(StudyRequest request)
    {
        var problems = new List<string>();
        if (request.Variants.Length == 0) problems.Add("variants: a study needs at least one scenario");
        if (request.Kind == StudyKind.Comparison && request.Variants.Length < 2)
            problems.Add("variants: a comparison needs a baseline and at least one what-if");
        if (request.Replications < 1) problems.Add($"replications: must be >= 1, got {request.Replications}");
        if (request.Days < 1) problems.Add($"days: must be >= 1, got {request.Days}");
        if (request.Seed < 0) problems.Add($"seed: must be >= 0, got {request.Seed}");
        if (request.CheckpointEveryDays < 0) problems.Add($"checkpointEveryDays: must be >= 0, got {request.CheckpointEveryDays}");
        var labels = request.Variants.GroupBy(v => v.Label).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        if (labels.Length > 0) problems.Add($"variants: labels must be unique, '{labels[0]}' appears twice");
        if (problems.Count > 0) throw new ArgumentException(string.Join("; ", problems));
    }
}
