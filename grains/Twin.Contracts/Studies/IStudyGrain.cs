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

    /// <summary>Whether a study of this id was ever started: asked before a study grain is touched, so unknown ids activate nothing.</summary>
    Task<bool> Contains(string studyId);

    /// <summary>Up to <paramref name="limit"/> ids, newest first, skipping the <paramref name="offset"/> newest; and how many there are.</summary>
    Task<StudyIdPage> Page(int offset, int limit);

    /// <summary>Studies started and not yet ended: the ones a silo wakes if the silo that held one was lost.</summary>
    Task<string[]> ListRunning();
}

/// <summary>One page of the study list, newest first, and the size of the whole list.</summary>
[GenerateSerializer, Immutable]
public sealed record StudyIdPage([property: Id(0)] string[] Ids, [property: Id(1)] int Total);
