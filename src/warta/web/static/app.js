// warta dashboard: vanilla JS, no external libraries; all text goes in via textContent.
"use strict";

const FILTERS = ["actor", "dyad", "type", "quad_class", "modality", "since", "until", "outlet", "q"];
const COLORS = ["#3b7ddd", "#e07b39", "#2a9d8f", "#d62828", "#8338ec", "#ffb703", "#6a994e", "#ef476f",
                "#118ab2", "#7f5539", "#adb5bd", "#073b4c"];
const SVGNS = "http://www.w3.org/2000/svg";
const view = () => document.getElementById("view");

function el(tag, attrs, ...kids) {
  const n = tag.startsWith("svg:") ? document.createElementNS(SVGNS, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === "on") { for (const [ev, fn] of Object.entries(v)) n.addEventListener(ev, fn); }
    else n.setAttribute(k, v);
  }
  for (const kid of kids.flat()) {
    if (kid === null || kid === undefined) continue;
    n.append(kid instanceof Node ? kid : document.createTextNode(String(kid)));
  }
  return n;
}

async function api(path, params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== "" && v !== null && v !== undefined) qs.set(k, v);
  const res = await fetch(path + (qs.toString() ? "?" + qs : ""));
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || JSON.stringify(body.detail || body));
  return body;
}

function route() {
  const hash = location.hash.replace(/^#\/?/, "") || "events";
  const [path, query] = hash.split("?");
  const parts = path.split("/");
  return { name: parts[0], arg: parts.slice(1).map(decodeURIComponent).join("/"), params: new URLSearchParams(query || "") };
}

function filterParams(params) {
  const out = {};
  for (const k of FILTERS) if (params.get(k)) out[k] = params.get(k);
  return out;
}

function go(name, params) {
  const qs = new URLSearchParams(params).toString();
  location.hash = "#/" + name + (qs ? "?" + qs : "");
}

function showError(err) { view().replaceChildren(el("p", { class: "error" }, "Error: " + err.message)); }

// Render text with [start, end) spans as nested-free segments; each segment carries the classes of every span covering it.
function highlight(text, spans, base) {
  base = base || 0;
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    if (s.start === null || s.end === null || s.end <= s.start) continue;
    cuts.add(Math.max(0, Math.min(text.length, s.start - base)));
    cuts.add(Math.max(0, Math.min(text.length, s.end - base)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const covering = spans.filter(s => s.end > s.start && s.start - base <= a && s.end - base >= b);
    const piece = text.slice(a, b);
    if (!covering.length) { frag.append(piece); continue; }
    frag.append(el("span", { class: [...new Set(covering.map(s => s.cls))].join(" "),
                              title: covering.map(s => s.title).join("\n") }, piece));
  }
  return frag;
}

function pager(data, params, name) {
  const p = Object.fromEntries(params);
  const prev = Math.max(0, data.offset - data.limit), next = data.offset + data.limit;
  return el("div", { class: "pager" },
    el("span", {}, `${data.total ? data.offset + 1 : 0}–${Math.min(next, data.total)} of ${data.total}`),
    data.offset > 0 ? el("a", { href: "#/" + name + "?" + new URLSearchParams({ ...p, offset: prev }) }, "← previous") : null,
    next < data.total ? el("a", { href: "#/" + name + "?" + new URLSearchParams({ ...p, offset: next }), id: "next" }, "next →") : null);
}

async function eventsView(r) {
  const data = await api("/api/events", { ...filterParams(r.params), limit: 50, offset: r.params.get("offset") || 0 });
  const rows = data.items.map(e => {
    const spans = [
      { start: e.src_start, end: e.src_end, cls: "src", title: "source: " + (e.src_root || e.src_text) },
      { start: e.tgt_start, end: e.tgt_end, cls: "tgt", title: "target: " + (e.tgt_root || e.tgt_text) },
      { start: e.trigger_start, end: e.trigger_end, cls: "trig", title: "trigger: " + e.trigger },
    ];
    const link = el("a", { class: "sentence", href: `#/doc/${encodeURIComponent(e.doc_id)}?at=${e.trigger_start}` },
                    highlight(e.sentence || "", spans, e.start));
    return el("tr", {}, el("td", {}, e.date || e.published || ""), el("td", {}, e.type),
              el("td", {}, e.quad_class), el("td", {}, e.goldstein), el("td", {}, e.src_root || e.src_text || ""),
              el("td", {}, e.tgt_root || e.tgt_text || ""), el("td", {}, e.modality), el("td", {}, link));
  });
  view().replaceChildren(
    el("h2", {}, "Events"), pager(data, r.params, "events"),
    el("table", { id: "events" }, el("tr", {}, ...["date", "type", "quad", "goldstein", "source", "target",
      "modality", "sentence (source / target / trigger)"].map(h => el("th", {}, h))), ...rows));
}

async function documentsView(r) {
  const p = filterParams(r.params);
  const data = await api("/api/documents", { outlet: p.outlet, q: p.q, limit: 50, offset: r.params.get("offset") || 0 });
  view().replaceChildren(el("h2", {}, "Articles"), pager(data, r.params, "documents"),
    el("table", {}, el("tr", {}, ...["published", "outlet", "title", "events", "quotes"].map(h => el("th", {}, h))),
      ...data.items.map(d => el("tr", {}, el("td", {}, d.published || ""), el("td", {}, d.outlet || ""),
        el("td", {}, el("a", { href: "#/doc/" + encodeURIComponent(d.doc_id) }, d.title || d.doc)),
        el("td", {}, d.events), el("td", {}, d.quotes)))));
}

async function docView(r) {
  const d = await api("/api/documents/" + encodeURIComponent(r.arg));
  const spans = [];
  for (const m of d.mentions) spans.push({ start: m.start, end: m.end, cls: "hl-entity", title: `${m.kind}: ${m.key || m.text}` });
  for (const e of d.events) {
    spans.push({ start: e.trigger_start, end: e.trigger_end, cls: `hl-event ev-${e.trigger_start}`,
                 title: `event ${e.type} (${e.src_root || "?"} → ${e.tgt_root || "?"}, ${e.modality})` });
  }
  for (const q of d.quotes) spans.push({ start: q.start, end: q.end, cls: "hl-quote", title: `quote: ${q.speaker || q.speaker_text || "?"}` });
  for (const t of d.dates) spans.push({ start: t.start, end: t.end, cls: "hl-date", title: `date: ${t.value}` });
  for (const c of d.counts) spans.push({ start: c.start, end: c.end, cls: "hl-count", title: `count: ${c.number} ${c.what || ""}` });
  const evTable = el("table", { id: "doc-events" }, el("tr", {}, ...["type", "source", "target", "modality", "date", "place", "trigger"].map(h => el("th", {}, h))),
    ...d.events.map(e => el("tr", {}, el("td", {}, e.type), el("td", {}, e.src_root || e.src_text || ""),
      el("td", {}, e.tgt_root || e.tgt_text || ""), el("td", {}, e.modality), el("td", {}, e.date || ""),
      el("td", {}, e.loc_name || ""), el("td", {}, e.trigger || ""))));
  view().replaceChildren(
    el("h2", {}, d.title || d.doc),
    el("p", {}, [d.outlet, d.published, d.lang, d.url].filter(Boolean).join(" · ")),
    el("p", { class: "legend" }, el("span", { class: "hl-entity" }, "entity"), el("span", { class: "hl-event" }, "event trigger"),
       el("span", { class: "hl-quote" }, "quote"), el("span", { class: "hl-date" }, "date"), el("span", { class: "hl-count" }, "count")),
    el("div", { class: "article", id: "article" }, highlight(d.text || "", spans, 0)),
    el("h3", {}, `Events (${d.events.length})`), evTable,
    el("details", { id: "removed" }, el("summary", {}, `Removed lines (${d.removed_lines.length}): boilerplate, captions, headings`),
       ...d.removed_lines.map(l => el("div", { class: "removed" }, `[${l.label}${l.rule ? " / " + l.rule : ""}] ${l.text}`))));
  const at = Number.parseInt(r.params.get("at"), 10);
  if (Number.isFinite(at)) {  // arrived from an event row: show and mark its trigger
    const target = document.querySelector(`#article .ev-${at}`);
    if (target) { target.classList.add("focus"); target.scrollIntoView({ block: "center" }); }
  }
}

function addDays(day, n) {
  const t = new Date(day + "T00:00:00Z"); t.setUTCDate(t.getUTCDate() + n); return t.toISOString().slice(0, 10);
}

async function timelineView(r) {
  const interval = r.params.get("interval") || "day", by = r.params.get("by") || "type";
  const data = await api("/api/timeline", { ...filterParams(r.params), interval, by });
  const periods = [...new Set(data.items.map(i => i.period))];
  const keys = [...new Set(data.items.map(i => i.key))].sort();
  const total = {}; for (const i of data.items) total[i.period] = (total[i.period] || 0) + i.events;
  const max = Math.max(1, ...Object.values(total));
  const W = Math.max(400, periods.length * 46 + 80), H = 320, bw = 30;
  const svg = el("svg:svg", { width: W, height: H + 60, id: "timeline" });
  const stack = {};
  periods.forEach((p, x) => {
    svg.append(el("svg:text", { x: 50 + x * 46, y: H + 20, transform: `rotate(40 ${50 + x * 46} ${H + 20})` }, p));
  });
  for (const i of data.items) {
    const x = 50 + periods.indexOf(i.period) * 46, h = (i.events / max) * (H - 20);
    const y0 = stack[i.period] || H; stack[i.period] = y0 - h;
    const params = { ...filterParams(r.params), since: i.period, until: interval === "week" ? addDays(i.period, 6) : i.period };
    params[by] = i.key;
    svg.append(el("svg:rect", { class: "bar", x, y: y0 - h, width: bw, height: Math.max(h, 1),
      fill: COLORS[keys.indexOf(i.key) % COLORS.length], "data-period": i.period, "data-key": i.key,
      on: { click: () => go("events", params) } }, el("svg:title", {}, `${i.period} ${i.key}: ${i.events}`)));
  }
  svg.append(el("svg:text", { x: 5, y: 15 }, `max ${max}`));
  const controls = el("p", {}, "Per ", ...["day", "week"].map(v => el("a", { href: "#/timeline?" + new URLSearchParams({ ...filterParams(r.params), interval: v, by }) }, v + " ")),
    " by ", ...["type", "quad_class"].map(v => el("a", { href: "#/timeline?" + new URLSearchParams({ ...filterParams(r.params), interval, by: v }) }, v + " ")));
  view().replaceChildren(el("h2", {}, "Timeline (click a bar for its events)"), controls, svg, legendSvg(keys));
}

function legendSvg(keys) {
  const svg = el("svg:svg", { width: 900, height: 20 + 16 * Math.ceil(keys.length / 6) });
  keys.forEach((k, n) => {
    const x = 10 + (n % 6) * 145, y = 10 + Math.floor(n / 6) * 16;
    svg.append(el("svg:rect", { x, y, width: 10, height: 10, fill: COLORS[n % COLORS.length] }), el("svg:text", { x: x + 14, y: y + 9 }, k));
  });
  return svg;
}

function goldsteinColor(g) {
  if (g === null) return "#999";
  const t = Math.max(-1, Math.min(1, g / 10)), k = Math.round(180 * (1 - Math.abs(t)));
  return t < 0 ? `rgb(214, ${k}, ${k})` : `rgb(${k}, 160, ${k})`;
}

async function networkView(r) {
  const data = await api("/api/network", { ...filterParams(r.params), limit: 150 });
  const W = 900, H = 600, n = data.nodes.length;
  const pos = {};
  data.nodes.forEach((node, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, n);
    pos[node.id] = { x: W / 2 + 220 * Math.cos(a), y: H / 2 + 220 * Math.sin(a), vx: 0, vy: 0 };
  });
  for (let it = 0; it < 300; it++) {  // simple force layout: repulsion, springs along edges, gravity
    for (const a of data.nodes) for (const b of data.nodes) {
      if (a === b) continue;
      const p = pos[a.id], q = pos[b.id], dx = p.x - q.x, dy = p.y - q.y, d2 = Math.max(dx * dx + dy * dy, 25);
      p.vx += (dx / d2) * 800; p.vy += (dy / d2) * 800;
    }
    for (const e of data.edges) {
      const p = pos[e.source], q = pos[e.target], dx = q.x - p.x, dy = q.y - p.y;
      p.vx += dx * 0.01; p.vy += dy * 0.01; q.vx -= dx * 0.01; q.vy -= dy * 0.01;
    }
    for (const node of data.nodes) {
      const p = pos[node.id];
      p.vx += (W / 2 - p.x) * 0.005; p.vy += (H / 2 - p.y) * 0.005;
      p.x = Math.max(40, Math.min(W - 40, p.x + p.vx * 0.5)); p.y = Math.max(30, Math.min(H - 30, p.y + p.vy * 0.5));
      p.vx *= 0.5; p.vy *= 0.5;
    }
  }
  const maxW = Math.max(1, ...data.edges.map(e => e.events));
  const svg = el("svg:svg", { width: W, height: H, id: "network" },
    el("svg:defs", {}, el("svg:marker", { id: "arrow", viewBox: "0 0 10 10", refX: 18, refY: 5, markerWidth: 8, markerHeight: 8, markerUnits: "userSpaceOnUse", orient: "auto" },
      el("svg:path", { d: "M0,0 L10,5 L0,10 z", fill: "#667" }))));
  for (const e of data.edges) {
    const p = pos[e.source], q = pos[e.target];
    svg.append(el("svg:line", { class: "edge", x1: p.x, y1: p.y, x2: q.x, y2: q.y, stroke: goldsteinColor(e.mean_goldstein),
      "stroke-width": 1 + 6 * (e.events / maxW), "marker-end": "url(#arrow)",
      on: { click: () => go("events", { ...filterParams(r.params), dyad: `${e.source}-${e.target}` }) } },
      el("svg:title", {}, `${e.source} → ${e.target}: ${e.events} events, mean Goldstein ${e.mean_goldstein === null ? "?" : e.mean_goldstein.toFixed(1)}`)));
  }
  const maxN = Math.max(1, ...data.nodes.map(x => x.events));
  for (const node of data.nodes) {
    const p = pos[node.id];
    svg.append(el("svg:g", { class: "node", on: { click: () => go("events", { ...filterParams(r.params), actor: node.id }) } },
      el("svg:circle", { cx: p.x, cy: p.y, r: 5 + 12 * Math.sqrt(node.events / maxN) }, el("svg:title", {}, `${node.id}: ${node.events}`)),
      el("svg:text", { x: p.x + 10, y: p.y - 8 }, node.id)));
  }
  view().replaceChildren(el("h2", {}, "Actor network (edge width = events, colour = mean Goldstein: red hostile, green cooperative)"), svg);
}

let WORLD = null;
async function mapView(r) {
  if (!WORLD) WORLD = await (await fetch("/static/world.json")).json();
  const data = await api("/api/places", { ...filterParams(r.params), limit: 500 });
  const W = 960, H = 480, px = lon => ((lon + 180) / 360) * W, py = lat => ((90 - lat) / 180) * H;
  const svg = el("svg:svg", { width: W, height: H, id: "map", viewBox: `0 0 ${W} ${H}` });
  const centre = {};
  for (const c of WORLD.countries) {
    let d = "", best = null;
    for (const ring of c.rings) {
      d += "M" + ring.map(([lon, lat]) => `${px(lon).toFixed(1)},${py(lat).toFixed(1)}`).join("L") + "Z";
      if (!best || ring.length > best.length) best = ring;
    }
    const lons = best.map(p => p[0]), lats = best.map(p => p[1]);
    centre[c.iso] = [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
    svg.append(el("svg:path", { class: "country", d }, el("svg:title", {}, c.name)));
  }
  const maxE = Math.max(1, ...data.items.map(p => p.events));
  for (const p of data.items) {
    let lon = p.lon, lat = p.lat;
    if (lat === null || lon === null) { if (!centre[p.country]) continue; [lon, lat] = centre[p.country]; }
    svg.append(el("svg:circle", { class: "place", cx: px(lon), cy: py(lat), r: 3 + 12 * Math.sqrt(p.events / maxE),
      on: { click: () => go("events", { ...filterParams(r.params), q: "" }) } },
      el("svg:title", {}, `${p.name} (${p.country || "?"}): ${p.events} events${p.lat === null ? " — placed at country centre" : ""}`)));
  }
  view().replaceChildren(el("h2", {}, `Event locations (${data.items.length} places)`), svg);
}

async function ingestView() {
  const status = el("pre", { id: "ingest-result" });
  const form = el("form", { class: "ingest", id: "ingest-form" },
    el("p", {}, el("label", {}, "Write token ", el("input", { type: "password", name: "token", required: "" }))),
    el("p", {}, el("label", {}, "Files ", el("input", { type: "file", name: "files", multiple: "" }))),
    el("p", {}, el("label", {}, "or paste an article (first line = headline)"), el("br"), el("textarea", { name: "text" })),
    el("button", { type: "submit" }, "Ingest"), status);
  form.addEventListener("submit", async ev => {
    ev.preventDefault();
    const fd = new FormData();
    for (const f of form.elements.files.files) fd.append("files", f);
    if (form.elements.text.value.trim()) fd.append("text", form.elements.text.value);
    status.textContent = "working…";
    const res = await fetch("/api/ingest", { method: "POST", body: fd, headers: { Authorization: "Bearer " + form.elements.token.value } });
    status.textContent = JSON.stringify(await res.json(), null, 2);
    if (res.ok) refreshStats();
  });
  view().replaceChildren(el("h2", {}, "Ingest"), form);
}

const VIEWS = { events: eventsView, documents: documentsView, doc: docView, timeline: timelineView, network: networkView, map: mapView, ingest: ingestView };

async function render() {
  const r = route();
  document.querySelectorAll("nav a").forEach(a => a.classList.toggle("active", a.dataset.view === r.name));
  const form = document.getElementById("filters");
  for (const k of FILTERS) form.elements[k].value = r.params.get(k) || "";
  view().replaceChildren(el("p", {}, "loading…"));
  try { await (VIEWS[r.name] || eventsView)(r); } catch (err) { showError(err); }
  document.body.dataset.ready = r.name;
}

async function refreshStats() {
  try {
    const [cfg, stats] = await Promise.all([api("/api/config"), api("/api/stats")]);
    document.getElementById("nav-ingest").hidden = !cfg.write;
    document.getElementById("stats").textContent = `${stats.documents} articles · ${stats.events} events · ${stats.quotes} quotes${cfg.write ? " · write mode" : ""}`;
  } catch (err) { /* the header line is decoration; views report their own errors */ }
}

async function init() {
  const form = document.getElementById("filters");
  form.addEventListener("submit", ev => {
    ev.preventDefault();
    const r = route(), params = {};
    for (const k of FILTERS) if (form.elements[k].value) params[k] = form.elements[k].value;
    go(["doc", "ingest", "documents"].includes(r.name) ? "events" : r.name, params);
  });
  document.getElementById("reset").addEventListener("click", () => go(route().name === "doc" ? "events" : route().name, {}));
  window.addEventListener("hashchange", render);
  await refreshStats();
  render();
}
document.addEventListener("DOMContentLoaded", init);
