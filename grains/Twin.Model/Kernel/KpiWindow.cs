namespace Twin.Model.Kernel;

/// <summary>
/// The days a summary covers, inclusive: <see cref="All"/> by default, a fork's days after its
/// fork point, or what a planner asks for (`--from/--to`).
/// </summary>
public readonly record struct KpiWindow(int From, int To)
{
    public static readonly KpiWindow All = new(0, int.MaxValue);

    /// <summary>A window from optional bounds: the first day and the last day when not given.</summary>
    public static KpiWindow Of(int? from, int? to) => new(from ?? 0, to ?? int.MaxValue);

    /// <summary>The window's days within a run of <paramref name="days"/> days: (first, last), empty when first &gt; last.</summary>
    public (int First, int Last) Within(int days) => (Math.Max(0, From), Math.Min(days - 1, To));

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsAll => From <= 0 && To == int.MaxValue;

    public override string ToString() => IsAll ? "all days" : To == int.MaxValue ? $"days {From}–end" : $"days {From}–{To}";
}
