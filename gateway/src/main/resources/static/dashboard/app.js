// The dashboard: logs the person in, then draws each panel from the services' own APIs through the gateway, with the
// caller's token, so every figure is what that caller's role and scope may read. A panel whose service refuses the
// role says so instead of a chart.
import { applyLanguage, onLanguageChange, switchLanguage, t } from "./i18n.js";
import { bars, notice } from "./charts.js";
import { caller, completeLogin, forget, login, token } from "./oidc.js";
import { follow } from "./feed.js";

const MAX_PAGES = 5;
const MAX_ROWS = 12;
const FEED_LENGTH = 50;
const byId = (id) => document.getElementById(id);
const panels = {};
let config = null;
let stopFeed = null;

class Refused extends Error {
  constructor(status) { super(String(status)); this.status = status; }
}

async function api(path) {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${token()}`, Accept: "application/json" } });
  if (response.status === 401) { expired(); throw new Refused(401); }
  if (!response.ok) throw new Refused(response.status);
  return response.json();
}

/** Every item of a paged list ({items, totalItems}), up to MAX_PAGES pages of the given size. */
async function allPages(path, size) {
  const items = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const found = await api(`${path}${path.includes("?") ? "&" : "?"}page=${page}&size=${size}`);
    items.push(...found.items);
    if (found.items.length < size || items.length >= found.totalItems) break;
  }
  return items;
}

function countBy(items, keyOf, seriesOf, seriesCount) {
  const rows = new Map();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    if (!rows.has(key)) rows.set(key, { label: key, values: new Array(seriesCount).fill(0) });
    const series = seriesOf(item);
    if (series !== null) rows.get(key).values[series]++;
  }
  return [...rows.values()];
}

const loaders = {
  async needs() {
    const needs = await allPages("/api/needs", 100);
    const rows = countBy(needs, (n) => n.competencyCode, (n) => (n.status === "FULFILLED" ? 1 : 0), 2)
      .sort((a, b) => b.values[0] - a.values[0] || a.label.localeCompare(b.label)).slice(0, MAX_ROWS);
    return () => ({ rows, series: [t("open"), t("fulfilled")] });
  },
  async priority() {
    const backlog = await api("/api/backlog?size=500");
    const byCompetency = new Map();
    for (const need of backlog) {
      const row = byCompetency.get(need.competencyCode) ?? { label: need.competencyCode, values: [0, 0] };
      row.values[0] = Math.max(row.values[0], need.priority);
      row.values[1] += need.staffAffected;
      byCompetency.set(need.competencyCode, row);
    }
    const rows = [...byCompetency.values()].sort((a, b) => b.values[0] - a.values[0]).slice(0, MAX_ROWS);
    return () => ({ rows, series: [t("priority"), t("staff")] });
  },
  async seats() {
    const offerings = await api("/api/offerings");
    const rows = offerings.sort((a, b) => String(a.startDate).localeCompare(String(b.startDate))).slice(0, MAX_ROWS)
      .map((o) => ({ label: o.title, values: [o.capacity, o.seatsTaken] }));
    return () => ({ rows, series: [t("capacity"), t("seatsTaken")] });
  },
  async enrollments() {
    const [enrollments, offerings] = await Promise.all([allPages("/api/enrollments", 200), api("/api/offerings")]);
    const month = new Map(offerings.map((o) => [o.programId, String(o.startDate ?? "").slice(0, 7)]));
    const rows = countBy(enrollments.filter((e) => e.status !== "CANCELLED" && e.status !== "REJECTED"),
      (e) => month.get(e.programId) || null, () => 0, 2);
    const completed = new Map(countBy(enrollments.filter((e) => e.status === "COMPLETED"),
      (e) => month.get(e.programId) || null, () => 0, 1).map((row) => [row.label, row.values[0]]));
    rows.forEach((row) => { row.values[1] = completed.get(row.label) ?? 0; });
    rows.sort((a, b) => a.label.localeCompare(b.label));
    return () => ({ rows: rows.slice(-MAX_ROWS), series: [t("enrolled"), t("completed")] });
  },
  async compliance() {
    const found = await api("/api/jp-compliance?size=1");
    const rows = found.employees === 0 ? [] : [{ label: `${found.agencyCode} ${found.year}`,
      values: [found.employees - found.belowTarget, found.belowTarget] }];
    return () => ({ rows, series: [t("meetsTarget"), t("belowTarget")] });
  },
  async effectiveness() {
    const programs = (await api("/api/evaluations/programs?size=8")).items;
    const reports = await Promise.all(programs.map((p) =>
      api(`/api/evaluations/programs/${encodeURIComponent(p.programId)}/report`).catch(() => null)));
    const rows = reports.filter((r) => r !== null).map((r) => ({ label: r.title,
      values: [r.reaction?.percentOfTop ?? 0, Math.round((r.learning?.classGain ?? 0) * 1000) / 10] }));
    return () => ({ rows, series: [t("reaction"), t("learningGain")] });
  },
};

function draw(name) {
  const container = byId(name).querySelector(".chart");
  const state = panels[name];
  if (!state) return;
  if (state.error) {
    notice(container, state.error.status === 403 ? t("refused") : t("failed", state.error.message));
    return;
  }
  const { rows, series } = state.view();
  bars(container, rows, series, t("empty"));
}

async function loadPanels() {
  await Promise.all(Object.entries(loaders).map(async ([name, load]) => {
    try {
      panels[name] = { view: await load() };
    } catch (error) {
      panels[name] = { error: error instanceof Refused ? error : new Refused(error.message) };
    }
    draw(name);
  }));
}

const eventCounts = new Map();

function drawLive() {
  const rows = [...eventCounts.entries()].map(([type, count]) => ({ label: type, values: [count] }))
    .sort((a, b) => b.values[0] - a.values[0]);
  bars(byId("live").querySelector(".chart"), rows, [t("eventCount")], t("empty"));
}

function showEvent(event) {
  const type = String(event.type ?? "").replace(/^latih\./, "").replace(/\.v\d+$/, "");
  eventCounts.set(type, (eventCounts.get(type) ?? 0) + 1);
  const item = document.createElement("li");
  const time = document.createElement("time");
  time.dateTime = event.time ?? "";
  time.textContent = event.time ? new Date(event.time).toLocaleTimeString() : "";
  const data = event.data ?? {};
  item.append(time, `${type} · ${event.agency ?? data.agencyCode ?? ""} · ${data.title ?? data.competencyCode ?? ""}`);
  item.dataset.type = event.type ?? "";
  const feed = byId("feed");
  feed.prepend(item);
  while (feed.children.length > FEED_LENGTH) feed.lastChild.remove();
  drawLive();
}

let liveState = "liveConnecting";
function showLiveState(key) {
  liveState = key;
  byId("live-state").textContent = t(key);
  byId("live").dataset.state = key;
  if (key === "sessionExpired") expired();
}

function expired() {
  if (stopFeed) stopFeed();
  stopFeed = null;
  forget();
  byId("panels").hidden = true;
  byId("login").hidden = false;
  byId("logout").hidden = true;
  byId("message").textContent = t("sessionExpired");
}

function showCaller() {
  const claims = caller();
  const roles = (claims.roles ?? []).join(", ");
  byId("who").textContent = t("who", claims.agency ?? claims.sub, roles);
}

async function start() {
  config = await (await fetch("config.json")).json();
  byId("language").addEventListener("click", switchLanguage);
  byId("login").addEventListener("click", () => login(config));
  byId("logout").addEventListener("click", () => { expired(); byId("message").textContent = t("loginPrompt"); });
  onLanguageChange(() => {
    if (!token()) return;
    showCaller();
    Object.keys(loaders).forEach(draw);
    drawLive();
    byId("live-state").textContent = t(liveState);
  });
  applyLanguage();
  byId("message").textContent = t("loginPrompt");
  try {
    if (!(await completeLogin(config))) {
      byId("login").hidden = false;
      return;
    }
  } catch (error) {
    byId("message").textContent = t("loginFailed", error.message);
    byId("login").hidden = false;
    return;
  }
  byId("message").textContent = "";
  byId("login").hidden = true;
  byId("logout").hidden = false;
  byId("panels").hidden = false;
  showCaller();
  drawLive();
  stopFeed = follow(token, { event: showEvent, state: showLiveState });
  await loadPanels();
}

start();
