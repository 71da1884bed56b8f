using Twin.Model.Kernel;
using Twin.Model.Scenarios;
using Twin.Model.Statistics;

namespace Twin.Model.Tests.Couplings;

/// <summary>
/// A baseline and a what-if run for the same replications (common random numbers) in the plain
/// loop, compared as a study compares them: one number per run over a window, paired by replication.
/// </summary>
public sealed class PairedRuns(IReadOnlyList<KpiSeries>[] baseline, IReadOnlyList<KpiSeries>[] whatIf)
{
    public static PairedRuns Of(Scenario baseline, Scenario whatIf, int replications, int days, long seed = 42) => new(
        Enumerable.Range(0, replications).Select(r => new SequentialRunner(baseline, seed, r, days).Run()).ToArray(),
        Enumerable.Range(0, replications).Select(r => new SequentialRunner(whatIf, seed, r, days).Run()).ToArray());

    /// <summary>The what-if against the baseline on one KPI of one entity over <paramref name="window"/>.</summary>
    public PairedComparison Compare(string entity, string kpi, KpiWindow window)
    {
        var info = KpiCatalog.Info(baseline[0].Single(s => s.EntityId == entity).Kind, kpi);
        return PairedComparison.Of(Values(baseline, entity, kpi, window), Values(whatIf, entity, kpi, window), info.Better);
    }

    private static double[] Values(IReadOnlyList<KpiSeries>[] runs, string entity, string kpi, KpiWindow window) =>
        runs.Select(run => KpiCatalog.Aggregate(run.Single(s => s.EntityId == entity), kpi, window)).ToArray();
}
