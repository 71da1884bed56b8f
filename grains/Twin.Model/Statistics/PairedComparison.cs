using Twin.Model.Kernel;

namespace Twin.Model.Statistics;

/// <summary>
/// A what-if against its baseline on one KPI: the difference per replication (the two runs of a
/// replication share their random streams, so the pair isolates the intervention's effect), its
/// summary and interval, and the share of replications in which the what-if is better. A pair
/// where either run has no value (NaN) has no difference and is left out of the summaries.
/// </summary>
public sealed record PairedComparison(
    Summary Baseline,
    Summary WhatIf,
    Summary Difference,
    double[] Differences,
    double? ShareBetter)
{
    public static PairedComparison Of(IReadOnlyList<double> baseline, IReadOnlyList<double> whatIf, KpiDirection better,
        double confidence = Summary.DefaultConfidence)
    {
        if (baseline.Count != whatIf.Count)
            throw new ArgumentException($"A paired comparison needs as many baseline as what-if replications ({baseline.Count} vs {whatIf.Count}).");
        var differences = new double[baseline.Count];
        for (int i = 0; i < differences.Length; i++) differences[i] = whatIf[i] - baseline[i];
        int paired = differences.Count(double.IsFinite);
        double? share = better == KpiDirection.Neutral || paired == 0
            ? null
            : differences.Count(d => better == KpiDirection.HigherIsBetter ? d > 0 : d < 0) / (double)paired;
        return new PairedComparison(Summary.Of(baseline, confidence), Summary.Of(whatIf, confidence), Summary.Of(differences, confidence), differences, share);
    }
}
