// The page: filters ask the API again; the timeline's brush filters the loaded events here.
import { renderArticle } from "./article.js";
import { TYPE_COLORS, colorOf } from "./colors.js";
import { incidentItems, renderIncident } from "./incidents.js";
import { EventMap } from "./map.js";
import { Timeline, weekOf } from "./timeline.js";

const MAX_EVENTS = 50000; // the most one view loads, page by page
const LIST_ROWS = 300; // the list shows the newest of the events in view

const $ = (id) => document.getElementById(id);
const state = { meta: null, events: [], shown: [], range: null, opened: null, timings: {}, mode: "events" };
window.sitrep = state; // what the browser test reads: counts and timings

// A server started with --private wants the token on reads too: open the page as /#token=...
const TOKEN = new URLSearchParams(location.hash.slice(1)).get("token");

async function getJSON(url) {
  const answer = await fetch(url, TOKEN ? { headers: { Authorization: `Bearer ${TOKEN}` } } : {});
  if (!answer.ok) throw new Error(`${url}: ${answer.status} ${await answer.text()}`);
  return answer.json();
}

function filterParams() {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData($("filters"))) {
    if (String(value).trim()) params.set(key, String(value).trim());
  }
  return params;
}

async function loadEvents(params) {
  const events = [];
  let url = `/events?${params}&limit=${state.meta.max_page_size}`;
  state.matching = 0;
  while (url && events.length < MAX_EVENTS) {
    const page = await getJSON(url);
    events.push(...page.data);
    state.matching = page.count;
    url = page.next;
  }
  for (const e of events) e.week = weekOf(e.date_start);
  return events;
}

async function refresh(first = false) {
  document.body.dataset.state = "loading";
  $("status").textContent = "loading…";
  const params = filterParams();
  try {
    const [events, stats] = await Promise.all([loadEvents(params), getJSON(`/stats?${params}`)]);
    state.events = events;
    state.timeline.draw(stats.by_week);
    state.range = null;
    if (first) {
      fillCountries(stats.by_country);
      state.map.fit(events);
    }
    apply();
    if (state.mode === "incidents") await showIncidents();
  } catch (err) {
    $("status").textContent = String(err.message || err);
    document.body.dataset.state = "error";
  }
}

// Show the loaded events that fall in the brushed weeks (all of them without a brush).
function apply() {
  const t0 = performance.now();
  const { range } = state;
  state.shown = range
    ? state.events.filter((e) => e.week >= range.from && e.week <= range.to)
    : state.events;
  const t1 = performance.now();
  const onMap = state.map.show(state.shown);
  const t2 = performance.now();
  if (state.mode === "events") renderList(state.shown);
  const t3 = performance.now();
  state.timings = { apply: t3 - t0, filter: t1 - t0, map: t2 - t1, list: t3 - t2 };
  state.onMap = onMap;
  const of = state.shown.length === state.events.length ? "" : ` of ${state.events.length}`;
  const when = range ? `, weeks ${range.from} to ${range.to}` : "";
  const cut = state.matching > state.events.length ? ` (the newest of ${state.matching})` : "";
  $("status").textContent = `${state.shown.length}${of} events${cut}${when}`;
  setDownloads(range);
  document.body.dataset.shown = String(state.shown.length);
  document.body.dataset.state = "ready";
}

// The events in view as files: the filters, and the brushed weeks as since/until.
function setDownloads(range) {
  const params = filterParams();
  if (range) { // within the filters' own dates, if they set any (ISO dates compare as text)
    const end = new Date(Date.parse(range.to + "T00:00:00Z") + 6 * 86400000).toISOString();
    const since = [params.get("since"), range.from].filter(Boolean).sort().pop();
    const until = [params.get("until"), end.slice(0, 10)].filter(Boolean).sort()[0];
    params.set("since", since);
    params.set("until", until);
  }
  params.set("limit", String(state.meta.max_page_size));
  for (const fmt of ["csv", "geojson"]) {
    params.set("format", fmt);
    $(`dl-${fmt}`).href = `/events?${params}`;
  }
}

function renderList(events) {
  const items = events.slice(0, LIST_ROWS).map((e) => {
    const li = document.createElement("li");
    li.dataset.id = e.id;
    if (e.id === state.opened) li.className = "active";
    const dot = document.createElement("span");
    dot.className = "dot";
    dot.style.background = colorOf(e.event_type);
    const head = document.createElement("strong");
    head.textContent = ` ${e.sub_event_type}`;
    const when = document.createElement("div");
    when.className = "when";
    const place = [e.location_name, e.country_code].filter(Boolean).join(", ");
    const actors = [e.actor1, e.actor2].filter(Boolean).join(" vs ");
    when.textContent = [e.date_start, place, actors].filter(Boolean).join(" · ");
    const ev = document.createElement("div");
    ev.className = "ev";
    ev.textContent = e.evidence_text;
    li.append(dot, head, when, ev);
    li.addEventListener("click", () => openEvent(e));
    return li;
  });
  $("list").replaceChildren(...items);
}

async function openEvent(event) {
  state.opened = event.id;
  $("incident").hidden = true;
  for (const li of $("list").children) li.classList.toggle("active", li.dataset.id === event.id);
  const article = await getJSON(`/articles/${encodeURIComponent(event.article_id)}`);
  $("article").hidden = false;
  renderArticle(
    { title: $("article-title"), meta: $("article-meta"), card: $("event-card"), text: $("article-text") },
    article,
    event,
  );
  $("article").dataset.event = event.id;
}

// The incidents matching the filters; text= is left out, as incidents have no evidence column.
async function showIncidents() {
  const params = filterParams();
  params.delete("text");
  params.set("limit", String(LIST_ROWS));
  const page = await getJSON(`/incidents?${params}`);
  $("list").replaceChildren(...incidentItems(page.data, openIncident));
  document.body.dataset.incidents = String(page.data.length);
}

async function openIncident(incident) {
  const full = await getJSON(`/incidents/${encodeURIComponent(incident.id)}`);
  const articles = await Promise.all(
    full.members.map((m) => (m.event ? getJSON(`/articles/${encodeURIComponent(m.article_id)}`) : null)),
  );
  for (const li of $("list").children) li.classList.toggle("active", li.dataset.id === incident.id);
  $("article").hidden = true;
  $("incident").hidden = false;
  renderIncident({ title: $("incident-title"), members: $("incident-members") }, full, articles);
  $("incident").dataset.incident = incident.id;
}

async function toggleIncidents(on) {
  state.mode = on ? "incidents" : "events";
  $("incident").hidden = true;
  delete document.body.dataset.incidents;
  if (on) await showIncidents();
  else renderList(state.shown);
}

function fillCountries(byCountry) {
  const names = new Intl.DisplayNames(["en"], { type: "region" });
  const options = Object.keys(byCountry)
    .filter((code) => code && code !== "null")
    .map((code) => [code, safeName(names, code)])
    .sort((a, b) => a[1].localeCompare(b[1]));
  for (const [code, name] of options) $("f-country").append(new Option(`${name} (${byCountry[code]})`, code));
}

function safeName(names, code) {
  try {
    return names.of(code) || code;
  } catch {
    return code;
  }
}

function fillTypes(taxonomy) {
  for (const type of Object.keys(taxonomy)) $("f-type").append(new Option(type, type));
  for (const [type, color] of Object.entries(TYPE_COLORS)) {
    const item = document.createElement("span");
    item.style.setProperty("--c", color);
    item.textContent = type;
    $("legend").append(item);
  }
}

async function main() {
  state.meta = await getJSON("/meta");
  fillTypes(state.meta.taxonomy);
  state.map = new EventMap($("map"), openEvent, (events) => {
    renderList(events); // a group at one place: its events in the list, the newest open
    openEvent(events[0]);
  });
  state.timeline = new Timeline($("timeline"), (range) => {
    state.range = range;
    apply();
  });
  $("filters").addEventListener("submit", (ev) => {
    ev.preventDefault();
    refresh();
  });
  $("filters").addEventListener("reset", () => setTimeout(() => refresh(), 0));
  for (const id of ["f-type", "f-country", "f-since", "f-until"]) {
    $(id).addEventListener("change", () => refresh());
  }
  $("article-close").addEventListener("click", () => {
    $("article").hidden = true;
  });
  $("incident-close").addEventListener("click", () => {
    $("incident").hidden = true;
  });
  $("incidents-toggle").hidden = !state.meta.incidents;
  $("f-incidents").addEventListener("change", (ev) => toggleIncidents(ev.target.checked));
  const outlines = state.map.drawOutlines("/static/vendor/countries-50m.json").then((n) => {
    document.body.dataset.outlines = String(n);
  });
  await Promise.all([outlines, refresh(true)]);
}

main();
