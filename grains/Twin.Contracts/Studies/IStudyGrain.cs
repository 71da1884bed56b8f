namespace Twin.Contracts.Studies;

/// <summary>
/// A study, keyed by its id: it starts its runs across the cluster a bounded number at a time,
/// follows them, and records how it ended. Callers poll <see cref="GetStatus"/>.
/// </summary>
public interface IStudyGrain : IGrainWithStringKey
{
    Task<StudyStatus> Start(StudyRequest request);

    Task<StudyStatus> GetStatus();

    Task<StudyDefinition> GetDefinition();

    /// <summary>Cancels the study's unfinished runs; finished runs keep their results.</summary>
    Task<StudyStatus> Cancel();
}

/// <summary>The list of studies (one grain, key 0): ids in creation order, and those still running.</summary>
public interface IStudyCatalogGrain : IGrainWithIntegerKey
{
    /// <summary>Lists a study that has started (and counts it as running).</summary>
    Task Add(string studyId);

    /// <summary>The study has ended (completed, failed or cancelled).</summary>
    Task Ended(string studyId);

    Task<string[]> List();

    /// <summary>Studies started and not yet ended: the ones a silo wakes if the silo that held one was lost.</summary>
    Task<string[]> ListRunning();
}
