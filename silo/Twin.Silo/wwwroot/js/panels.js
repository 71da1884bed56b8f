import { el, kpiCell, text, fillBody } from "./format.js";

export function renderTowns(live, zone) {
  const d = live.lastDay;
  fillBody("towns", live.entities("town").map(t => el("tr", {},
    text(zone.name(t.entityId)),
    kpiCell(live, t.entityId, "jobs", d, d, 0),
    kpiCell(live, t.entityId, "output_cny", d, d),
    kpiCell(live, t.entityId, "export_value_cny", d, d))));
}

export function renderMarkets(live, zone) {
  const d = live.lastDay;
  fillBody("markets", live.entities("market").map(m => {
    const id = m.entityId;
    const close = live.value(id, "close", d), before = live.value(id, "close", d - 1);
    const change = Number.isFinite(close) && Number.isFinite(before) && before !== 0 ? (close / before - 1) * 100 : NaN;
    const unit = zone.byId.get(id)?.links.unit ?? "";
    return el("tr", {},
      el("td", { class: "text", title: zone.name(id) }, zone.name(id).split(" (")[0], el("span", { class: "hint" }, unit ? ` ${unit}` : "")),
      kpiCell(live, id, "close", d, d, 2),
      el("td", { class: change > 0 ? "up" : change < 0 ? "down" : "" }, Number.isFinite(change) ? `${change > 0 ? "+" : ""}${change.toFixed(2)}%` : "—"),
      kpiCell(live, id, "volume_lots", d, d, 0),
      kpiCell(live, id, "spread_bps", d, d, 1));
  }));
}

export function renderClearing(live) {
  const d = live.lastDay, week = Math.max(live.fromDay, d - 6);
  const house = live.entities("clearing-house")[0];
  if (!house) return fillBody("clearing", [el("tr", {}, text("No clearing house in the live scenario."))]);
  const id = house.entityId;
  const row = (label, kpi, from, decimals = 0) => el("tr", {}, text(label), kpiCell(live, id, kpi, from, d, decimals));
  fillBody("clearing", [
    row("Initial margin held, USD", "initial_margin_usd", d),
    row("Default fund, USD", "default_fund_usd", d),
    row("Margin calls, 7 days", "margin_calls", week),
    row("Settlement fails, 7 days", "settlement_fails", week),
    row("Fees, 7 days, USD", "fees_usd", week),
  ]);
}

export function renderInstitute(live, zone) {
  const box = document.getElementById("institute");
  const programmes = live.entities("programme");
  if (programmes.length === 0) {
    box.replaceChildren(el("p", { class: "quiet" }, "The institute's programmes are not in the live scenario."));
    return;
  }
  const d = live.lastDay, week = Math.max(live.fromDay, d - 6);
  const rows = programmes.map(p => el("tr", {},
    text(zone.name(p.entityId)),
    kpiCell(live, p.entityId, "active", d, d, 0),
    kpiCell(live, p.entityId, "enrolled", week, d, 0),
    kpiCell(live, p.entityId, "completed", week, d, 0)));
  const table = el("table", {}, el("thead", {}, el("tr", {},
    el("th", {}, "Programme"), el("th", {}, "Active"), el("th", {}, "Enrolled 7 d"), el("th", {}, "Completed 7 d"))), el("tbody", {}, ...rows));
  box.replaceChildren(table);
}

export function renderRoutes(live, zone) {
  const d = live.lastDay, week = Math.max(live.fromDay, d - 6);
  fillBody("routes", live.entities("route").map(r => {
    const links = zone.byId.get(r.entityId)?.links ?? {};
    return el("tr", {},
      el("td", { class: "text", title: zone.name(r.entityId) }, r.entityId),
      text(links.mode ?? ""),
      text(zone.name(links.to ?? "")),
      kpiCell(live, r.entityId, "departures", week, d, 0),
      kpiCell(live, r.entityId, "teu_departed", week, d, 0),
      kpiCell(live, r.entityId, "backlog_teu", d, d, 0),
      kpiCell(live, r.entityId, "in_transit_teu", d, d, 0));
  }));
}

// One row a bond: the close and what it yields over its currency's curve, the last auction the live
// window holds (a per-event KPI, shown for its own day), the face outstanding and the week's flows.
export function renderBonds(live, zone) {
  const d = live.lastDay, week = Math.max(live.fromDay, d - 6);
  fillBody("bonds", live.entities("bond").map(b => {
    const id = b.entityId;
    let auction = d;
    for (let day = d; day >= live.fromDay; day--) if (Number.isFinite(live.value(id, "bid_to_cover", day))) { auction = day; break; }
    return el("tr", {},
      el("td", { class: "text", title: zone.name(id) }, id),
      kpiCell(live, id, "price", d, d, 2),
      kpiCell(live, id, "yield", d, d, 4),
      kpiCell(live, id, "spread_bps", d, d, 0),
      kpiCell(live, id, "amount_issued_usd", auction, auction, 0),
      kpiCell(live, id, "bid_to_cover", auction, auction, 2),
      kpiCell(live, id, "outstanding", d, d, 0),
      kpiCell(live, id, "secondary_volume_usd", week, d, 0),
      kpiCell(live, id, "coupons_paid_usd", week, d, 0),
      kpiCell(live, id, "defaults", week, d, 0));
  }));
}
