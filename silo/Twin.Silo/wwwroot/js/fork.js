import { refreshStudies } from "./studies.js";

// The fork form: one lever, applied the day after the fork, then a comparison of the live
// projection and the what-if. Writes need the API key; it stays in this tab's session storage.
const KEY = "twin-api-key";

export function setUpFork(zone) {
  const form = document.getElementById("fork");
  const key = document.getElementById("fork-key");
  key.value = sessionStorage.getItem(KEY) ?? "";
  fillPaths(zone);
  document.getElementById("fork-op").addEventListener("change", () => fillPaths(zone));
  form.addEventListener("submit", async event => {
    event.preventDefault();
    sessionStorage.setItem(KEY, key.value.trim());
    await submit(key.value.trim());
  });
}

const LEVERS = { route: ["departuresPerWeek", "capacity"], hub: ["handlingTeuPerDay"], warehouse: ["handlingTeuPerDay"], town: ["labourForceShare", "productivityFactor"], programme: ["classesPerYear", "seatsPerClass"] };

function fillPaths(zone) {
  const close = document.getElementById("fork-op").value === "close";
  const options = [];
  for (const e of zone.entities) {
    if (close) { if (LEVERS[e.kind]) options.push(`${e.section}/${e.id}`); }
    else for (const lever of LEVERS[e.kind] ?? []) options.push(`${e.section}/${e.id}/${lever}`);
  }
  document.getElementById("fork-paths").replaceChildren(...options.map(o => Object.assign(document.createElement("option"), { value: o })));
}

function body() {
  const op = document.getElementById("fork-op").value;
  const path = document.getElementById("fork-path").value.trim();
  const value = Number(document.getElementById("fork-value").value);
  const lever = op === "set" ? { set: path, to: value } : op === "scale" ? { scale: path, by: value } : { close: path, days: value };
  const days = Number(document.getElementById("fork-days").value) || 90;
  return { interventions: [lever], days, title: document.getElementById("fork-title-input").value.trim() };
}

async function submit(key) {
  const result = document.getElementById("fork-result");
  result.className = "quiet";
  result.textContent = "Forking…";
  const response = await fetch("/api/live/fork", {
    method: "POST", headers: { "Content-Type": "application/json", "X-Api-Key": key }, body: JSON.stringify(body()),
  });
  const answer = await response.json().catch(() => ({}));
  if (response.status === 202) {
    result.className = "ok";
    result.dataset.study = answer.studyId;
    result.textContent = `Started ${answer.studyId}: ${answer.title}. It compares the live projection with the what-if.`;
    await refreshStudies();
    return;
  }
  result.className = "error";
  const errors = answer.errors ? Object.entries(answer.errors).map(([path, messages]) => `${path}: ${messages.join("; ")}`).join(" · ") : "";
  result.textContent = response.status === 401 ? "The API key was not accepted." : `${answer.title ?? response.statusText}${errors ? ": " + errors : answer.detail ? ": " + answer.detail : ""}`;
}
