using Twin.Model.Scenarios;

namespace Twin.Model.Kernel;

/// <summary>
/// The interventions as one entity sees them: every `set` and `scale` (any entity may read any
/// parameter, so each applies them to its own copy of the scenario) and the `close` windows
/// that take this entity out of service.
/// </summary>
public sealed class InterventionSchedule
{
    private readonly (int From, int Until)[] _closedWindows;
    private readonly InterventionSpec[] _levers;
    private readonly HashSet<int> _leverDays;

    // A scenario without interventions (the baseline, most light-entity runs) gives every entity
    // the same empty schedule instead of one of its own.
    private static readonly InterventionSchedule None = new([], "");

    /// <summary>The schedule of one entity; the shared empty one when there are no interventions.</summary>
    public static InterventionSchedule For(IReadOnlyList<InterventionSpec> interventions, string entityPath) =>
        interventions.Count == 0 ? None : new InterventionSchedule(interventions, entityPath);

    public InterventionSchedule(IReadOnlyList<InterventionSpec> interventions, string entityPath)
    {
        // Stable by day, then by position in the file: two levers on one day apply in file order.
        _levers = interventions.Where(i => i.Kind != InterventionKind.Close).OrderBy(i => i.Day).ToArray();
        _leverDays = _levers.Select(i => i.Day).ToHashSet();
        _closedWindows = interventions
            .Where(i => i.Kind == InterventionKind.Close && i.Close == entityPath)
            .Select(i => (i.Day, i.Day + (i.Days ?? 0)))
            .ToArray();
    }

    /// <summary>Levers that take effect before the first step (day 0).</summary>
    public IEnumerable<InterventionSpec> InitialLevers => _levers.Where(i => i.Day == 0);

    /// <summary>Levers whose day is exactly <paramref name="day"/> (day 0 is applied at construction).</summary>
    public InterventionSpec[] LeversOn(int day)
    {
        // Most days of most runs have no lever: answer without allocating.
        if (day == 0 || _levers.Length == 0 || !_leverDays.Contains(day)) return [];
        return _levers.Where(i => i.Day == day).ToArray();
    }

    /// <summary>Every lever in force by <paramref name="day"/>, in application order.</summary>
    public IEnumerable<InterventionSpec> LeversUpTo(int day) => _levers.Where(i => i.Day <= day);

    public bool IsClosed(int day)
    {
        foreach (var (from, until) in _closedWindows)
            if (day >= from && day < until) return true;
        return false;
    }
}
