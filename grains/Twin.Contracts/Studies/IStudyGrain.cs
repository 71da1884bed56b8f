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

/// <summary>The list of studies (one grain, key 0): ids in creation order.</summary>
public interface IStudyCatalogGrain : IGrainWithIntegerKey
{
    Task Add(string studyId);

    Task<string[]> List();
}
