using Twin.Contracts.Studies;
using Twin.Model.Kernel;
using Twin.Model.Statistics;

namespace Twin.Client.Studies;

/// <summary>One KPI of one entity in one variant: its per-run aggregate over the window summarised across replications.</summary>
/// <param name="Kind">The entity's kind: a KPI's declaration is looked up by (kind, KPI).</param>
public sealed record KpiStatistic(string Variant, string Entity, string Kpi, string Unit, Summary Summary, string Kind = "")
{
    /// <summary>The KPI's declaration (null for a statistic made without a kind).</summary>
    public KpiInfo? Info => KpiCatalog.Find(Kind, Kpi);
}

/// <summary>One KPI of one entity in one variant on one day, summarised across replications.</summary>
public sealed record DailyStatistic(string Variant, string Entity, string Kpi, int Day, Summary Summary);

/// <summary>What a study's results query returns; <see cref="Window"/> says which days the summaries cover.</summary>
public sealed record StudyResults(string StudyId, IReadOnlyList<string> Variants, int Replications, int Days,
    IReadOnlyList<KpiStatistic> Kpis, IReadOnlyList<DailyStatistic> Daily)
{
    public KpiWindow Window { get; init; } = KpiWindow.All;
}

/// <summary>
/// Which results to fetch: filters by KPI and entity, and a day window (inclusive) for both the
/// summaries and the daily series. Without bounds the window is the study's default: every day,
/// or a fork's days after its fork point.
/// </summary>
public sealed record ResultQuery(string? Kpi = null, string? Entity = null, int? FromDay = null, int? ToDay = null, bool Daily = false)
{
    /// <summary>The window this query asks for, the study's default filling what it leaves open.</summary>
    public KpiWindow WindowFor(StudyRequest study)
    {
        var fallback = study.DefaultWindow;
        return new KpiWindow(FromDay ?? fallback.From, Math.Min(ToDay ?? fallback.To, study.Days - 1));
    }
}

/// <summary>A what-if against the baseline on one KPI of one entity (paired by replication).</summary>
public sealed record ComparisonRow(string WhatIf, string Entity, string Kpi, string Unit, PairedComparison Comparison, string Kind = "")
{
    /// <summary>The change relative to the baseline mean (NaN if the baseline is zero).</summary>
    public double RelativeChange => Comparison.Baseline.Mean == 0 ? double.NaN : Comparison.Difference.Mean / Math.Abs(Comparison.Baseline.Mean);

    /// <summary>The KPI's declaration (null for a row made without a kind).</summary>
    public KpiInfo? Info => KpiCatalog.Find(Kind, Kpi);
}

/// <summary>Every KPI of every entity compared, for each what-if of a comparison study, over <see cref="Window"/>.</summary>
public sealed record ComparisonReport(string StudyId, string Baseline, IReadOnlyList<string> WhatIfs, int Replications, IReadOnlyList<ComparisonRow> Rows)
{
    public KpiWindow Window { get; init; } = KpiWindow.All;
}
