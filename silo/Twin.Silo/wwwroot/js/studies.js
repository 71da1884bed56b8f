import { el, fillBody, readHeaders, text } from "./format.js";

// The studies the twin knows, newest first: what a fork from this page starts shows up here.
export async function refreshStudies() {
  const response = await fetch("/api/studies", { cache: "no-store", headers: readHeaders() });
  if (!response.ok) return;
  const studies = await response.json();
  studies.sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)));
  fillBody("studies", studies.slice(0, 15).map(s => el("tr", { "data-study": s.studyId, "data-state": s.state },
    text(s.studyId),
    text(s.title || "—"),
    text(s.kind),
    text(s.state, `text state-${s.state}`),
    el("td", {}, s.daysTotal > 0 ? `${Math.round(100 * s.daysDone / s.daysTotal)}%` : "—"),
    text(new Date(s.createdAt).toLocaleString("en-GB", { hour12: false })))));
  if (studies.length === 0) fillBody("studies", [el("tr", {}, el("td", { class: "quiet", colSpan: 6 }, "No studies yet."))]);
}
