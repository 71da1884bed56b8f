using Twin.Storage.Schema;

namespace Twin.Storage.Hosting;

/// <summary>The databases a silo sets up at start.</summary>
internal sealed class DatabaseSetupOptions
{
    public List<DatabaseTarget> Targets { get; } = [];

    /// <summary>How long the set-up waits for a database that does not answer (it may be restarting) before the silo gives up.</summary>
    public TimeSpan OutageWindow { get; set; } = Resilience.OutagePolicy.DefaultWindow;
}
