import { Live, KpiRules } from "./live.js";
import { drawLegend, drawWorld, drawZone } from "./map.js";
import { readHeaders } from "./format.js";
import { renderBonds, renderClearing, renderInstitute, renderMarkets, renderRoutes, renderTowns } from "./panels.js";
import { renderAlerts } from "./alerts.js";
import { renderCommerceBase, renderExpo } from "./expo.js";
import { refreshStudies } from "./studies.js";
import { setUpFork } from "./fork.js";
import { PaceTracker, paceAlert, renderPace } from "./pace.js";

// The page's loop: the zone's map once, then the live twin's last 8 days every few seconds.
const POLL_MS = 2000;

async function getJson(url) {
  const response = await fetch(url, { cache: "no-store", headers: readHeaders() });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

async function loadZone() {
  const [places, map, kpis] = await Promise.all([getJson("places.json"), getJson("/api/zone"), getJson("/api/kpis")]);
  const byId = new Map(map.entities.map(e => [e.id, e]));
  return { ...map, places: places.places, byId, name: id => byId.get(id)?.name ?? id, rules: new KpiRules(kpis) };
}

const pace = new PaceTracker();

function renderClock(view) {
  const state = document.getElementById("state");
  state.textContent = view.status.state;
  state.className = `state ${view.status.state === "running" ? "running" : "down"}`;
  document.getElementById("date").textContent = view.today;
  document.getElementById("day").textContent = String(view.status.daysDone - 1);
  const running = view.status.state === "running";
  const now = pace.add(Date.now(), view.status.daysDone, view.daysPerMinute);
  renderPace(now, running);
  // Tests read the achieved pace and the lag from here.
  document.body.dataset.pace = String(now.achieved);
  document.body.dataset.lag = String(now.lagDays);
  return running && now.behind ? [paceAlert(now)] : [];
}

function render(view, zone) {
  const live = new Live(view, zone.rules);
  const clockAlerts = renderClock(view);
  drawWorld("world", live, zone);
  drawZone("zone", live, zone);
  renderAlerts(live, zone, clockAlerts);
  renderTowns(live, zone);
  renderMarkets(live, zone);
  renderClearing(live);
  renderInstitute(live, zone);
  renderExpo(live);
  renderCommerceBase(live);
  renderRoutes(live, zone);
  renderBonds(live, zone);
  // Tests (and curious operators) read which day the page shows from here.
  document.body.dataset.day = String(live.lastDay);
}

async function main() {
  drawLegend("legend");
  let zone = null;
  while (!zone) {
    try { zone = await loadZone(); } catch { document.getElementById("state").textContent = "waiting for the live twin"; await new Promise(r => setTimeout(r, POLL_MS)); }
  }
  setUpFork(zone);
  refreshStudies();
  setInterval(refreshStudies, 5000);
  const tick = async () => {
    try { render(await getJson("/api/live?days=8"), zone); }
    catch (e) { const s = document.getElementById("state"); s.textContent = "not running"; s.className = "state down"; }
    setTimeout(tick, POLL_MS);
  };
  tick();
}

main();
