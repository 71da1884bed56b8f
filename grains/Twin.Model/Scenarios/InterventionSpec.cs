using System.Text.Json;
using System.Text.Json.Serialization;

namespace Twin.Model.Scenarios;

/// <summary>
/// A what-if lever. Exactly one of <see cref="Set"/>, <see cref="Scale"/> or <see cref="Close"/>:
/// `{ "day": 90, "set": "routes/rail-moscow/departuresPerWeek", "to": 8 }`,
/// `{ "day": 30, "scale": "towns/airport/productivityFactor", "by": 1.2 }`,
/// `{ "day": 120, "close": "towns/banqiao", "days": 14 }`.
/// </summary>
public sealed class InterventionSpec
{
    /// <summary>The day (0 = the scenario's start) at whose beginning the intervention applies.</summary>
    [Min(0)] public required int Day { get; init; }

    /// <summary>Path of a parameter to replace with <see cref="To"/> from <see cref="Day"/> on.</summary>
    public string? Set { get; init; }

    public JsonElement? To { get; init; }

    /// <summary>Path of a numeric parameter to multiply by <see cref="By"/> from <see cref="Day"/> on.</summary>
    public string? Scale { get; init; }

    public double? By { get; init; }

    /// <summary>Path of an entity (`section/id`) to take out of service for <see cref="Days"/> days.</summary>
    public string? Close { get; init; }

    [Min(1)] public int? Days { get; init; }

    /// <summary>Free text for the planner: why this lever.</summary>
    public string Note { get; init; } = "";

    [JsonIgnore]
    public InterventionKind Kind =>
        Set is not null ? InterventionKind.Set : Scale is not null ? InterventionKind.Scale : InterventionKind.Close;

    [JsonIgnore]
    public string Target => Set ?? Scale ?? Close ?? "";
}

public enum InterventionKind
{
    Set,
    Scale,
    Close,
}
