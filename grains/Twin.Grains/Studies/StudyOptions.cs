namespace Twin.Grains.Studies;

/// <summary>How studies use the cluster (configuration section `Twin:Studies`).</summary>
public sealed class StudyOptions
{
    /// <summary>Runs of one study under way at once, unless the study asks for fewer.</summary>
    public int MaxConcurrentRuns { get; set; } = 8;
}
