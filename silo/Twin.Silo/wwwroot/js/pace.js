import { fmt } from "./format.js";

// The pace the live twin achieves, from the page's own polls over the last minute, against the
// pace it is configured for; and how far behind the wall clock it has fallen since the page
// opened. A busy machine steps slower than asked: the header says so instead of the wish.
const WINDOW_MS = 60000;

export class PaceTracker {
  constructor() { this.samples = []; this.first = null; }

  // One poll: the wall time in ms and the days done. Returns { achieved, target, lagDays, behind }.
  add(nowMs, daysDone, target) {
    this.samples.push([nowMs, daysDone]);
    while (this.samples.length > 2 && nowMs - this.samples[0][0] > WINDOW_MS) this.samples.shift();
    if (!this.first || daysDone < this.first[1]) this.first = [nowMs, daysDone];
    const [t0, d0] = this.samples[0];
    const minutes = (nowMs - t0) / 60000;
    const achieved = minutes > 0.05 ? (daysDone - d0) / minutes : NaN;
    const lagDays = Math.max(0, target * (nowMs - this.first[0]) / 60000 - (daysDone - this.first[1]));
    // Behind: below 90% of the configured pace over the last minute, and more than a day adrift.
    const behind = Number.isFinite(achieved) && achieved < 0.9 * target && lagDays >= 1;
    return { achieved, target, lagDays, behind };
  }
}

export function renderPace(pace, running) {
  document.getElementById("pace").textContent = Number.isFinite(pace.achieved) ? `${fmt(pace.achieved, 1)} days/min` : "measuring…";
  document.getElementById("pace-target").textContent = `(configured ${fmt(pace.target, 1)})`;
  const lag = document.getElementById("lag");
  lag.textContent = running ? `${fmt(pace.lagDays, 0)} day${Math.round(pace.lagDays) === 1 ? "" : "s"}` : "—";
  document.getElementById("lag-box").className = pace.behind && running ? "behind" : "";
}

export function paceAlert(pace) {
  return `The twin is behind the clock: ${fmt(pace.achieved, 1)} days/min achieved of ${fmt(pace.target, 1)} configured, ${fmt(pace.lagDays, 0)} days behind since this page opened`;
}
