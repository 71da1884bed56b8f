import { el, fillBody, readHeaders, text } from "./format.js";

// The studies the twin knows, newest first: what a fork from this page starts shows up here.
export async function refreshStudies() {
  const response = await fetch("/api/studies", { cache: "no-store", headers: readHeaders() });
  if (!response.ok) return;
  const studies = await response.json();
  studies.sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)));
  fillBody("studies", studies.slice(0, 15).map(s => el("tr", { "data-study": s.studyId, "data-state": s.state },
    el("td", { class: "text" }, resultsLink(s)),
    text(s.title || "—"),
    text(s.kind),
    text(s.state, `text state-${s.state}`),
    el("td", {}, s.daysTotal > 0 ? `${Math.round(100 * s.daysDone / s.daysTotal)}%` : "—"),
    text(isoMinute(s.createdAt)))));
  if (studies.length === 0) fillBody("studies", [el("tr", {}, el("td", { class: "quiet", colSpan: 6 }, "No studies yet."))]);
}

// A finished study links to its results (a comparison to its paired differences); the others show their id.
function resultsLink(study) {
  if (study.state !== "completed") return study.studyId;
  const what = study.kind === "comparison" ? "comparison" : "results";
  return el("a", { href: `/api/studies/${encodeURIComponent(study.studyId)}/${what}`, title: `The study's ${what} (JSON)` }, study.studyId);
}

// "2026-12-04 09:30": ISO order, UTC, whatever the browser's locale.
export function isoMinute(when) {
  const d = new Date(when);
  return Number.isNaN(d.getTime()) ? "—" : d.toISOString().slice(0, 16).replace("T", " ");
}
