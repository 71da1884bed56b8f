namespace Twin.Client.Studies;

/// <summary>No study has the id asked for.</summary>
public sealed class StudyNotFoundException(string studyId) : Exception($"There is no study '{Twin.Model.Scenarios.KnownIds.Clip(studyId)}'. 'twin results' lists the studies.")
{
    public string StudyId { get; } = studyId;
}

/// <summary>The study exists but cannot answer this yet (not finished, or not a comparison).</summary>
public sealed class StudyNotReadyException(string message) : Exception(message);
