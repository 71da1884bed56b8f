namespace Twin.Contracts.Studies;

/// <summary>What a study asks.</summary>
[GenerateSerializer]
public enum StudyKind
{
    /// <summary>One scenario, N replications.</summary>
    Replications = 0,

    /// <summary>A baseline and one or more what-ifs on the same seeds (common random numbers).</summary>
    Comparison = 1,

    /// <summary>One scenario at many parameter points (a grid or Latin hypercube samples).</summary>
    Sweep = 2,
}

[GenerateSerializer]
public enum StudyState
{
    Queued = 0,
    Running = 1,
    Completed = 2,
    Failed = 3,
    Cancelled = 4,
}
