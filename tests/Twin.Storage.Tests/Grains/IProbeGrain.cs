namespace Twin.Storage.Tests.Grains;

/// <summary>Saves and loads a <see cref="ProbeState"/> through the "twin" storage provider; keyed by a string, as the twin's grains are.</summary>
public interface IProbeGrain : IGrainWithStringKey
{
    Task Save(ProbeState state);

    /// <summary>The state as this activation holds it (read from storage when it activated).</summary>
    Task<ProbeState> Load();

    Task Clear();

    /// <summary>Ends this activation after the call, so that the next call reads the state from storage.</summary>
    Task Deactivate();
}
