// The live twin's latest days as GET /api/live returns them, with lookups by entity and KPI.
export class Live {
  constructor(view) {
    this.view = view;
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

  sum(entity, kpi, from, to) {
    let total = 0;
    for (let day = from; day <= to; day++) total += this.value(entity, kpi, day);
    return total;
  }

  series(entity, kpi, from, to) {
    const out = [];
    for (let day = from; day <= to; day++) out.push(this.value(entity, kpi, day));
    return out;
  }
}
