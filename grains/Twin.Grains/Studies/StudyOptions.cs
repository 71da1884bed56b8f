namespace Twin.Grains.Studies;

/// <summary>How studies use the cluster (configuration section `Twin:Studies`).</summary>
public sealed class StudyOptions
{
    /// <summary>Runs of one study under way at once, unless the study asks for fewer.</summary>
    public int MaxConcurrentRuns { get; set; } = 8;

    /// <summary>
    /// Whether a running study that comes back (its silo lost, the silo restarted) carries on with
    /// its runs. The CLI's embedded silo says no: a `twin results` that lists a study left running by
    /// a crashed `twin study` should read it, not start its runs in a process about to end.
    /// </summary>
    public bool ResumeOnActivation { get; set; } = true;
}
