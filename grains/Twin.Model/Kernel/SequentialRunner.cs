using Twin.Model.Scenarios;

namespace Twin.Model.Kernel;

/// <summary>
/// Steps every entity of a run in a plain loop, with no Orleans: the reference the grain kernel
/// must match bit for bit, and the yardstick of `twin bench`.
/// </summary>
public sealed class SequentialRunner
{
    private readonly EntityHost[] _hosts;
    private Message[][] _inboxes;

    public SequentialRunner(Scenario scenario, long seed, int replication, int days)
    {
        Days = days;
        Directory = EntityCatalog.DirectoryOf(scenario);
        _hosts = Directory.Entities
            .Select(e => new EntityHost(new EntitySetup(scenario, e, Directory, seed, replication), days))
            .ToArray();
        _inboxes = NewInboxes(_hosts.Length);
    }

    public EntityDirectory Directory { get; }

    public int Days { get; }

    public IReadOnlyList<EntityHost> Hosts => _hosts;

    /// <summary>Runs every day; reports the number of days done after each.</summary>
    public IReadOnlyList<KpiSeries> Run(IProgress<int>? progress = null)
    {
        for (int day = 0; day < Days; day++)
        {
            StepDay(day);
            progress?.Report(day + 1);
        }
        return _hosts.Select(h => h.Kpis).ToArray();
    }

    public void StepDay(int day)
    {
        var next = new List<Message>[_hosts.Length];
        for (int i = 0; i < _hosts.Length; i++)
        {
            foreach (var message in _hosts[i].Step(day, _inboxes[i]))
                (next[message.To] ??= []).Add(message);
        }
        _inboxes = next.Select(l => l is null ? Array.Empty<Message>() : l.ToArray()).ToArray();
    }

    private static Message[][] NewInboxes(int count) => Enumerable.Repeat(Array.Empty<Message>(), count).ToArray();
}
