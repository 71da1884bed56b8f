// The live twin's latest days as GET /api/live returns them, with lookups by entity and KPI, and
// windows aggregated as each KPI's declaration (GET /api/kpis) says: the same rules as the
// summaries of runs and studies (docs/statistics.md).
export class Live {
  constructor(view, rules) {
    this.view = view;
    this.rules = rules;
    this.fromDay = view.recent.fromDay;
    this.lastDay = view.recent.daysDone - 1;
    this.byId = new Map(view.recent.series.map(s => [s.entityId, s]));
  }

  entities(kind) {
    return this.view.recent.series.filter(s => s.kind === kind);
  }

  value(entity, kpi, day = this.lastDay) {
    const s = this.byId.get(entity);
    if (!s) return NaN;
    const k = s.names.indexOf(kpi);
    const d = day - this.fromDay;
    if (k < 0 || d < 0 || d >= s.days) return NaN;
    const v = s.values[d * s.names.length + k];
    return v === null || v === undefined ? NaN : Number(v);
  }

  // One number for days from..to: a flow's total, a stock's last value, a level's mean, a per-event
  // KPI weighted by its weight KPI, over the days that have a value.
  aggregate(entity, kpi, from, to) {
    const kind = this.byId.get(entity)?.kind;
    const rule = this.rules?.find(kind, kpi);
    const days = [];
    for (let day = from; day <= to; day++) if (Number.isFinite(this.value(entity, kpi, day))) days.push(day);
    if (days.length === 0) return NaN;
    switch (rule?.aggregation) {
      case "last": return this.value(entity, kpi, days[days.length - 1]);
      case "mean": return days.reduce((t, d) => t + this.value(entity, kpi, d), 0) / days.length;
      case "max": return Math.max(...days.map(d => this.value(entity, kpi, d)));
      case "weightedMean": {
        let sum = 0, weights = 0;
        for (const d of days) { const w = this.value(entity, rule.weight, d); if (w > 0) { sum += w * this.value(entity, kpi, d); weights += w; } }
        return weights > 0 ? sum / weights : NaN;
      }
      default: return days.reduce((t, d) => t + this.value(entity, kpi, d), 0);
    }
  }

  series(entity, kpi, from, to) {
    const out = [];
    for (let day = from; day <= to; day++) out.push(this.value(entity, kpi, day));
    return out;
  }
}

// The KPI declarations by (kind, KPI), families (`export_value_cny_*`) matched by prefix.
export class KpiRules {
  constructor(declarations) {
    this.exact = new Map(declarations.filter(d => !d.name.endsWith("*")).map(d => [`${d.kind}/${d.name}`, d]));
    this.families = declarations.filter(d => d.name.endsWith("*")).sort((a, b) => b.name.length - a.name.length);
  }

  find(kind, kpi) {
    return this.exact.get(`${kind}/${kpi}`) ?? this.families.find(d => d.kind === kind && kpi.startsWith(d.name.slice(0, -1)));
  }
}
