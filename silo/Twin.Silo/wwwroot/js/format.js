// Numbers as the page shows them. Large values are shortened (k, M, bn) with three significant
// figures at most; the page's test reads them back with the same rules.
export function fmt(value, decimals = 1) {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  const abs = Math.abs(value);
  if (abs >= 1e9) return (value / 1e9).toFixed(2) + " bn";
  if (abs >= 1e6) return (value / 1e6).toFixed(2) + " M";
  if (abs >= 1e4) return Math.round(value).toLocaleString("en-US");
  if (abs >= 100) return value.toFixed(Math.min(decimals, 1));
  return value.toFixed(decimals);
}

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null) continue;
    if (k === "class") node.className = v;
    else if (k.startsWith("data-")) node.setAttribute(k, v);
    else node[k] = v;
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

// A table cell with a KPI of the live twin: the value over days from..to (a sum when from < to),
// tagged with where it came from so that it can be checked against GET /api/live/series.
export function kpiCell(live, entity, kpi, from, to, decimals = 1) {
  const value = live.aggregate(entity, kpi, from, to);
  return el("td", {
    "data-entity": entity, "data-kpi": kpi, "data-from": from, "data-to": to,
    "data-value": Number.isFinite(value) ? String(value) : "",
  }, fmt(value, decimals));
}

export function text(value, cls = "text") {
  return el("td", { class: cls }, value);
}

export function fillBody(table, rows) {
  const body = document.querySelector(`#${table} tbody`);
  body.replaceChildren(...rows);
}

// A twin whose reads are not public (Twin:Api:ReadKey) wants a key on reads too: the one pasted into the fork form serves.
export function readHeaders() {
  const key = sessionStorage.getItem("twin-api-key");
  return key ? { "X-Api-Key": key } : {};
}
