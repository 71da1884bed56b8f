using System.Text.Json;
using Twin.Contracts.Studies;
using Twin.Model.Scenarios;

namespace Twin.Silo.Api;

/// <summary>
/// A study as the HTTP API takes it. `scenario` is a scenario object, or the string "baseline"
/// for the built-in baseline; `whatIfs` (comparisons) are scenario objects; `vary` and `samples`
/// define a sweep exactly as on the command line.
/// </summary>
public sealed class StudyBody
{
    public required StudyKind Kind { get; init; }

    public required JsonElement Scenario { get; init; }

    public IReadOnlyList<JsonElement> WhatIfs { get; init; } = [];

    public IReadOnlyList<string> Vary { get; init; } = [];

    [Min(1), Max(10000)] public int? Samples { get; init; }

    [Min(1), Max(10000)] public int? Replications { get; init; }

    [Min(1), Max(36500)] public int? Days { get; init; }

    [Min(0)] public long? Seed { get; init; }

    [Min(0), Max(36500)] public int? CheckpointEveryDays { get; init; }

    [MaxLength(200)] public string Title { get; init; } = "";
}
