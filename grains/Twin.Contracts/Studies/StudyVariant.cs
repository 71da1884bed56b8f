namespace Twin.Contracts.Studies;

/// <summary>One scenario of a study: the baseline, a what-if, or a sweep point.</summary>
/// <param name="Label">How tables and files name it: the scenario's name, or a sweep point's parameters.</param>
/// <param name="Parameters">For a sweep point, the value of each varied parameter path.</param>
[GenerateSerializer, Immutable]
public sealed record StudyVariant(
    [property: Id(0)] string Label,
    [property: Id(1)] string ScenarioName,
    [property: Id(2)] string ScenarioJson,
    [property: Id(3)] string ScenarioHash,
    [property: Id(4)] IReadOnlyDictionary<string, double> Parameters,
    [property: Id(5)] string? SourceFile = null);
