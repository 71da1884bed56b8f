using Twin.Storage.Schema;

namespace Twin.Storage.Hosting;

/// <summary>The databases a silo sets up at start.</summary>
internal sealed class DatabaseSetupOptions
{
    public List<DatabaseTarget> Targets { get; } = [];
}
