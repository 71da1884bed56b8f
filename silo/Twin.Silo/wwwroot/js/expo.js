import { el, kpiCell, text, fillBody } from "./format.js";

// Cards of the expo centre's Portuguese-speaking countries area and of the Silk Road e-commerce base:
// flows over the last 7 days, stocks on the latest day.
function renderCard(id, entity, rows, missing, live) {
  if (!entity) return fillBody(id, [el("tr", {}, text(missing))]);
  const d = live.lastDay, week = Math.max(live.fromDay, d - 6);
  fillBody(id, rows.map(([label, kpi, latest, decimals]) =>
    el("tr", {}, text(label), kpiCell(live, entity.entityId, kpi, latest ? d : week, d, decimals))));
}

export function renderExpo(live) {
  renderCard("expo", live.entities("expo")[0], [
    ["Visitors, 7 days", "visitors", false, 0],
    ["Sales, 7 days, CNY", "sales_cny", false, 0],
    ["Macao brands, 7 days, CNY", "macao_brand_revenue_cny", false, 0],
    ["Shelves out of stock, 7 days", "stockouts", false, 0],
    ["Imports received, 7 days, TEU", "import_teu", false, 2],
    ["Items in stock", "stock_items", true, 0],
  ], "No expo centre in the live scenario.", live);
}

export function renderCommerceBase(live) {
  renderCard("ecommerce-base", live.entities("ecommerce-base")[0], [
    ["Live-streaming parcels, 7 days", "live_parcels", false, 0],
    ["Marketplace parcels, 7 days", "marketplace_parcels", false, 0],
    ["Sent from the operations centre, 7 days", "centre_dispatched_parcels", false, 0],
    ["Waiting at the centre", "centre_backlog_parcels", true, 0],
    ["Consolidated loads, 7 days, TEU", "consolidated_teu", false, 1],
    ["Parcels by courier, 7 days", "courier_parcels", false, 0],
  ], "No e-commerce base in the live scenario.", live);
}
