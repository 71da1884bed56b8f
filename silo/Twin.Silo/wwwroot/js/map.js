import { fmt } from "./format.js";

// Two schematic maps in plain SVG: the routes from the zone across Eurasia, and the zone itself
// (towns, hubs, warehouses, the port). Equirectangular, with longitudes narrowed by the cosine of
// the mid latitude so that shapes are not stretched.
const NS = "http://www.w3.org/2000/svg";
export const MODE_COLOURS = { rail: "var(--rail)", road: "var(--road)", air: "var(--air)", feeder: "var(--feeder)" };

const WORLD = { lon0: 0, lat0: 62, pxPerLon: 900 / 130, pxPerLat: 900 / 130 / Math.cos(45 * Math.PI / 180) };
const ZONE = { lon0: 119.735, lat0: 36.40, pxPerLon: 1400 * Math.cos(36.3 * Math.PI / 180), pxPerLat: 1400, height: 320 };

function project(frame, [lat, lon]) {
  return [(lon - frame.lon0) * frame.pxPerLon, (frame.lat0 - lat) * frame.pxPerLat];
}

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function titled(node, title) {
  node.append(svg("title", {}, title));
  return node;
}

// Places a label beside a point where it overlaps no label placed before (right, left, above, below).
function placeLabel(taken, x, y, text, cls = "label") {
  const w = text.length * (cls === "label" ? 6.2 : 5.4), h = 12;
  const tries = [[8, 4, "start"], [-8, 4, "end"], [6, -8, "start"], [6, 16, "start"], [-6, -8, "end"], [-6, 16, "end"]];
  let choice = tries[0];
  for (const t of tries) {
    const left = t[2] === "start" ? x + t[0] : x + t[0] - w;
    const box = [left, y + t[1] - h, left + w, y + t[1]];
    if (!taken.some(b => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1])) { choice = t; taken.push(box); break; }
  }
  return svg("text", { class: cls, x: x + choice[0], y: y + choice[1], "text-anchor": choice[2] }, text);
}

// Where an entity is: its own place, else the place of what it links to (a hub's town, a warehouse's location).
export function placeOf(zone, id, depth = 0) {
  if (zone.places[id]) return zone.places[id];
  const e = zone.byId.get(id);
  if (!e || depth > 3) return null;
  for (const link of ["town", "location", "from"])
    if (e.links[link]) {
      const p = placeOf(zone, e.links[link], depth + 1);
      if (p) return p;
    }
  return null;
}

export function drawWorld(target, live, zone) {
  const root = document.getElementById(target);
  const parts = [];
  for (let lon = 10; lon <= 130; lon += 10) {
    const [x] = project(WORLD, [0, lon]);
    parts.push(svg("line", { class: "grid", x1: x, x2: x, y1: 0, y2: 380 }), svg("text", { class: "gridlabel", x: x + 2, y: 376 }, `${lon}°E`));
  }
  for (let lat = 30; lat <= 60; lat += 10) {
    const [, y] = project(WORLD, [lat, 0]);
    parts.push(svg("line", { class: "grid", x1: 0, x2: 900, y1: y, y2: y }), svg("text", { class: "gridlabel", x: 2, y: y - 2 }, `${lat}°N`));
  }
  const d = live.lastDay, week = Math.max(live.fromDay, d - 6);
  const routes = live.entities("route").filter(r => zone.byId.get(r.entityId)?.links.mode !== "feeder");
  const teu = new Map(routes.map(r => [r.entityId, live.aggregate(r.entityId, "teu_departed", week, d)]));
  const most = Math.max(1, ...teu.values());
  const shared = new Map();
  for (const r of routes) {
    const links = zone.byId.get(r.entityId)?.links ?? {};
    const from = placeOf(zone, links.from ?? ""), to = placeOf(zone, links.to ?? "");
    if (!from || !to) continue;
    const via = links.border ? placeOf(zone, links.border) : null;
    const key = `${links.border ?? ""}>${links.to}`;
    const lane = shared.get(key) ?? 0;
    shared.set(key, lane + 1);
    const points = [from, ...(via ? [via] : []), to].map(p => project(WORLD, p)).map(([x, y]) => [x + lane * 3, y + lane * 3]);
    const width = 1.2 + 9 * Math.sqrt(teu.get(r.entityId) / most);
    const closed = live.value(r.entityId, "closed", d) > 0;
    parts.push(titled(svg("polyline", {
      class: `route${closed ? " closed" : ""}`, points: points.map(p => p.join(",")).join(" "),
      stroke: MODE_COLOURS[links.mode] ?? "#888", "stroke-width": width.toFixed(1), "data-route": r.entityId,
    }), `${zone.name(r.entityId)}: ${fmt(teu.get(r.entityId), 0)} TEU departed in 7 days, backlog ${fmt(live.value(r.entityId, "backlog_teu", d), 0)} TEU${closed ? " (closed)" : ""}`));
  }
  const taken = [];
  // Labels go last, above every route line and marker.
  const labels = [];
  const hub = placeOf(zone, "hub-port");
  if (hub) {
    const [x, y] = project(WORLD, hub);
    parts.push(svg("circle", { class: "hub", cx: x, cy: y, r: 6 }));
    labels.push(placeLabel(taken, x, y + 8, "the zone"));
  }
  for (const dest of live.entities("destination")) {
    const p = placeOf(zone, dest.entityId);
    if (!p || dest.entityId === "qingdao-port") continue;
    const [x, y] = project(WORLD, p);
    const received = live.aggregate(dest.entityId, "teu_received", week, d);
    parts.push(titled(svg("circle", { class: "place", cx: x, cy: y, r: 4 }), `${zone.byId.get(dest.entityId)?.name}: ${fmt(received, 0)} TEU received in 7 days`));
    labels.push(placeLabel(taken, x, y, zone.name(dest.entityId).split(" /")[0]));
  }
  for (const b of live.entities("border")) {
    const p = placeOf(zone, b.entityId);
    if (!p) continue;
    const [x, y] = project(WORLD, p);
    parts.push(titled(svg("rect", { class: "border", x: x - 3, y: y - 3, width: 6, height: 6 }), `${zone.name(b.entityId)} (border crossing)`));
    labels.push(placeLabel(taken, x, y, zone.name(b.entityId).split(" ")[0], "small"));
  }
  root.replaceChildren(...parts, ...labels);
}

// A backlog circle's area grows with the backlog up to this many TEU, then stops (drawn with a
// thicker edge): by day 783 an uncapped warehouse backlog covered the whole zone map.
export const BACKLOG_CAP_TEU = 2000;
const BACKLOG_MIN_R = 4, BACKLOG_MAX_R = 30;

export function backlogRadius(backlog) {
  const share = Math.min(Math.max(backlog, 0), BACKLOG_CAP_TEU) / BACKLOG_CAP_TEU;
  return BACKLOG_MIN_R + (BACKLOG_MAX_R - BACKLOG_MIN_R) * Math.sqrt(share);
}

export function drawZone(target, live, zone) {
  const root = document.getElementById(target);
  const parts = [];
  const d = live.lastDay;
  const towns = live.entities("town");
  const mostJobs = Math.max(1, ...towns.map(t => live.value(t.entityId, "jobs", d) || 0));
  const taken = [];
  // The port lies 30 km south of the towns: drawn at the bottom edge, where the feeder line leaves.
  const inFrame = ([x, y]) => [x, Math.min(y, ZONE.height - 14)];
  for (const r of live.entities("route").filter(r => zone.byId.get(r.entityId)?.links.mode === "feeder")) {
    const links = zone.byId.get(r.entityId).links;
    const a = placeOf(zone, links.from), b = placeOf(zone, links.to);
    if (!a || !b) continue;
    const [x1, y1] = inFrame(project(ZONE, a)), [x2, y2] = inFrame(project(ZONE, b));
    parts.push(titled(svg("line", { class: "route", x1, y1, x2, y2, stroke: MODE_COLOURS.feeder, "stroke-width": 3 }), `${zone.byId.get(r.entityId).name}`));
  }
  // Every town's circle is placed before any label, so that no label covers a town.
  const circles = [];
  for (const t of towns) {
    const p = placeOf(zone, t.entityId);
    if (!p) continue;
    const [x, y] = project(ZONE, p);
    const jobs = live.value(t.entityId, "jobs", d);
    const r = 6 + 20 * Math.sqrt((jobs || 0) / mostJobs);
    parts.push(titled(svg("circle", { class: "town", cx: x, cy: y, r: r.toFixed(1) }), `${zone.byId.get(t.entityId)?.name}: ${fmt(jobs, 0)} jobs`));
    taken.push([x - r, y - r, x + r, y + r]);
    circles.push({ id: t.entityId, x, y, r });
  }
  const labels = circles.map(({ id, x, y, r }) => placeLabel(taken, x + (x < 330 ? -r : r), y, zone.name(id)));
  const nodes = [...live.entities("hub"), ...live.entities("warehouse")];
  nodes.forEach((n, i) => {
    const p = placeOf(zone, n.entityId);
    if (!p || Math.abs(p[0] - 36.3) > 1) return; // overseas warehouses are on the routes map
    let [x, y] = project(ZONE, p);
    x += n.kind === "hub" ? -6 : 10 + (i % 2) * 8;
    y += n.kind === "hub" ? -6 : 8;
    const backlog = live.value(n.entityId, "backlog_teu", d) || 0;
    if (backlog > 0) parts.push(svg("circle", { class: `backlog${backlog > BACKLOG_CAP_TEU ? " capped" : ""}`, cx: x, cy: y, r: backlogRadius(backlog).toFixed(1), "data-backlog": backlog }));
    const shape = n.kind === "hub"
      ? svg("rect", { class: "hub", x: x - 5, y: y - 5, width: 10, height: 10 })
      : svg("path", { class: "warehouse", d: `M${x} ${y - 6} L${x + 6} ${y} L${x} ${y + 6} L${x - 6} ${y} Z` });
    parts.push(titled(shape, `${zone.byId.get(n.entityId)?.name}: handled ${fmt(live.value(n.entityId, "handled_teu", d), 0)} TEU today, backlog ${fmt(backlog, 0)} TEU`));
  });
  const port = placeOf(zone, "qingdao-port");
  if (port) {
    const [x, y] = inFrame(project(ZONE, port));
    parts.push(svg("circle", { class: "place", cx: x, cy: y, r: 5 }));
    labels.push(svg("text", { class: "label", x: x + 8, y: y + 4 }, "↓ Qingdao port (Qianwan), 30 km"));
  }
  parts.push(svg("rect", { class: "hub", x: 16, y: 14, width: 10, height: 10 }), svg("text", { class: "small", x: 32, y: 23 }, "hub"),
    svg("path", { class: "warehouse", d: "M21 34 L27 40 L21 46 L15 40 Z" }), svg("text", { class: "small", x: 32, y: 44 }, "warehouse"),
    svg("circle", { class: "backlog", cx: 21, cy: 62, r: 7 }), svg("text", { class: "small", x: 32, y: 66 }, "backlog"));
  root.replaceChildren(...parts, ...labels);
}

export function drawLegend(target) {
  const box = document.getElementById(target);
  box.replaceChildren(...Object.entries(MODE_COLOURS).map(([mode, colour]) => {
    const item = document.createElement("span");
    item.innerHTML = `<i style="background:${colour}"></i>${mode}`;
    return item;
  }));
}
