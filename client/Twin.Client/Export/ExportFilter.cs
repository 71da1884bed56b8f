using Twin.Contracts.Results;

namespace Twin.Client.Export;

/// <summary>Which part of a study an export writes: KPIs, entities, days (inclusive) and replications; null or empty: all.</summary>
public sealed record ExportFilter(
    IReadOnlyList<string>? Kpis = null,
    IReadOnlyList<string>? Entities = null,
    int? FromDay = null,
    int? ToDay = null,
    IReadOnlyList<int>? Replications = null)
{
    public static readonly ExportFilter All = new();

    internal ResultFilter ForRuns() => new(Kpis?.ToArray(), Entities?.ToArray(), FromDay, ToDay);

    internal bool Takes(int replication) => Replications is not { Count: > 0 } chosen || chosen.Contains(replication);
}
