using Orleans.Concurrency;
using Twin.Contracts.Results;
using Twin.Model.Kernel;

namespace Twin.Grains.Results;

/// <summary>Reads a run's results from the store and cuts them down (see <see cref="IResultsReaderGrain"/>).</summary>
[StatelessWorker]
public sealed class ResultsReaderGrain(IRunResultsStore store) : Grain, IResultsReaderGrain
{
    public async Task<RunSlice> Read(string runId, ResultFilter filter)
    {
        // An in-memory store (no database: tests) is each silo's own; then the run grain, wherever it is, answers.
        var results = await store.LoadAsync(runId) ?? await GrainFactory.GetGrain<Twin.Contracts.Kernel.IRunGrain>(runId).GetResults();
        int from = Math.Max(0, filter.FromDay ?? 0), to = Math.Min(results.Days - 1, filter.ToDay ?? int.MaxValue);
        var entities = filter.Entities is { Length: > 0 } e ? e.ToHashSet(StringComparer.Ordinal) : null;
        var kpis = filter.Kpis is { Length: > 0 } k ? k.ToHashSet(StringComparer.Ordinal) : null;
        var slices = new List<KpiSeries>();
        foreach (var series in results.Series)
        {
            if (entities?.Contains(series.EntityId) == false) continue;
            var chosen = Enumerable.Range(0, series.Names.Count).Where(i => kpis?.Contains(series.Names[i]) != false).ToArray();
            if (chosen.Length == 0) continue;
            int days = Math.Max(0, Math.Min(to, series.Days - 1) - from + 1);
            var values = new double[days * chosen.Length];
            for (int d = 0; d < days; d++)
                for (int c = 0; c < chosen.Length; c++)
                    values[d * chosen.Length + c] = series.Get(from + d, chosen[c]);
            slices.Add(new KpiSeries(series.EntityId, series.Kind, chosen.Select(i => series.Names[i]).ToArray(), days, values));
        }
        return new RunSlice(from, [.. slices]);
    }
}
