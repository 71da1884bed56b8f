using Twin.Model.Kernel;
using Twin.Model.Scenarios;

namespace Twin.Model.Tests.Support;

/// <summary>
/// Steps every entity of a scenario as the sequential runner does, but lets a test add messages
/// to the inboxes, see every message sent, and stop and resume the run from the entities' states.
/// </summary>
public sealed class MessageLoop
{
    private readonly Scenario _scenario;
    private readonly long _seed;
    private readonly int _days;
    private EntityHost[] _hosts;
    private Message[][] _inboxes;

    public MessageLoop(Scenario scenario, long seed, int days)
    {
        (_scenario, _seed, _days) = (scenario, seed, days);
        Directory = EntityCatalog.DirectoryOf(scenario);
        _hosts = NewHosts();
        _inboxes = Enumerable.Repeat(Array.Empty<Message>(), Directory.Count).ToArray();
    }

    public EntityDirectory Directory { get; }

    public IReadOnlyList<EntityHost> Hosts => _hosts;

    /// <summary>Steps one day with <paramref name="extra"/> added to their receivers' inboxes; returns the day's messages.</summary>
    public IReadOnlyList<Message> Step(int day, params Message[] extra)
    {
        var sent = new List<Message>();
        var next = new List<Message>[_hosts.Length];
        for (int i = 0; i < _hosts.Length; i++)
        {
            var inbox = _inboxes[i].Concat(extra.Where(m => m.To == i)).ToArray();
            foreach (var m in _hosts[i].Step(day, inbox))
            {
                sent.Add(m);
                (next[m.To] ??= []).Add(m);
            }
        }
        _inboxes = next.Select(l => l?.ToArray() ?? []).ToArray();
        return sent;
    }

    /// <summary>Replaces every entity by a fresh one restored from its saved state; the messages in flight stay.</summary>
    public void RestoreFromCheckpoint()
    {
        var states = _hosts.Select(h => h.SaveState()).ToArray();
        _hosts = NewHosts();
        for (int i = 0; i < _hosts.Length; i++) _hosts[i].LoadState(states[i]);
    }

    public IReadOnlyList<KpiSeries> Kpis => _hosts.Select(h => h.Kpis).ToArray();

    private EntityHost[] NewHosts() =>
        Directory.Entities.Select(e => new EntityHost(new EntitySetup(_scenario, e, Directory, _seed, 0), _days)).ToArray();
}
