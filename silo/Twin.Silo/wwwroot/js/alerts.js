import { el, fmt } from "./format.js";

// What an operator should look at now, from the days the page has: backlogs that grew every day
// for a week, closures, settlement fails and defaults.
export function findAlerts(live, zone) {
  const d = live.lastDay, from = Math.max(live.fromDay, d - 7);
  const alerts = [];
  for (const kind of ["route", "hub", "warehouse"]) {
    for (const s of live.entities(kind)) {
      const backlog = live.series(s.entityId, "backlog_teu", from, d);
      const growing = backlog.length >= 8 && backlog.every((v, i) => i === 0 || v > backlog[i - 1]);
      if (growing && backlog[backlog.length - 1] >= 5)
        alerts.push(`Backlog growing at ${zone.name(s.entityId)}: ${fmt(backlog[backlog.length - 1], 0)} TEU, up ${fmt(backlog[backlog.length - 1] - backlog[0], 0)} in 7 days`);
      if (live.value(s.entityId, "closed", d) > 0) alerts.push(`${zone.name(s.entityId)} is closed`);
    }
  }
  for (const t of live.entities("town"))
    if (live.value(t.entityId, "closed", d) > 0) alerts.push(`${zone.name(t.entityId)} is closed`);
  for (const c of live.entities("clearing-house")) {
    const fails = live.aggregate(c.entityId, "settlement_fails", Math.max(live.fromDay, d - 6), d);
    if (fails > 0) alerts.push(`${fmt(fails, 0)} settlement fail${fails === 1 ? "" : "s"} in the last 7 days`);
  }
  for (const p of live.entities("participant"))
    if (live.value(p.entityId, "defaulted", d) > 0) alerts.push(`${zone.name(p.entityId)} is in default`);
  return alerts;
}

// `first`: alerts about the twin itself (behind the clock), shown above the zone's.
export function renderAlerts(live, zone, first = []) {
  const alerts = [...first, ...findAlerts(live, zone)];
  const list = document.getElementById("alerts");
  list.replaceChildren(...(alerts.length
    ? alerts.map(a => el("li", { class: "alert" }, a))
    : [el("li", { class: "quiet" }, "Nothing unusual in the last 7 days.")]));
}
