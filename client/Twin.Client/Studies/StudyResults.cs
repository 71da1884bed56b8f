using Twin.Model.Statistics;

namespace Twin.Client.Studies;

/// <summary>One KPI of one entity in one variant: its per-run aggregate summarised across replications.</summary>
public sealed record KpiStatistic(string Variant, string Entity, string Kpi, string Unit, Summary Summary);

/// <summary>One KPI of one entity in one variant on one day, summarised across replications.</summary>
public sealed record DailyStatistic(string Variant, string Entity, string Kpi, int Day, Summary Summary);

/// <summary>What a study's results query returns.</summary>
public sealed record StudyResults(string StudyId, IReadOnlyList<string> Variants, int Replications, int Days,
    IReadOnlyList<KpiStatistic> Kpis, IReadOnlyList<DailyStatistic> Daily);

/// <summary>Which results to fetch: filters by KPI and entity, and (for daily series) a day range.</summary>
public sealed record ResultQuery(string? Kpi = null, string? Entity = null, int? FromDay = null, int? ToDay = null, bool Daily = false);

/// <summary>A what-if against the baseline on one KPI of one entity (paired by replication).</summary>
public sealed record ComparisonRow(string WhatIf, string Entity, string Kpi, string Unit, PairedComparison Comparison)
{
    /// <summary>The change relative to the baseline mean (NaN if the baseline is zero).</summary>
    public double RelativeChange => Comparison.Baseline.Mean == 0 ? double.NaN : Comparison.Difference.Mean / Math.Abs(Comparison.Baseline.Mean);
}

/// <summary>Every KPI of every entity compared, for each what-if of a comparison study.</summary>
public sealed record ComparisonReport(string StudyId, string Baseline, IReadOnlyList<string> WhatIfs, int Replications, IReadOnlyList<ComparisonRow> Rows);
