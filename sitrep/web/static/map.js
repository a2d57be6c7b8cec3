// The map: country outlines from world-atlas (no tiles, nothing from the internet) and the
// events as markers coloured by type. Events closer than a cell on screen are drawn as one
// group, counted, ringed by the share of each type; the grouping is redone for the current
// zoom only, so a brush over 10,000 events redraws in a few milliseconds.
/* global L, topojson */
import { colorOf } from "./colors.js";

const CELL = 44; // pixels: events closer than this on screen are one group

export class EventMap {
  constructor(element, onPick, onGroup) {
    this.onPick = onPick; // one event clicked
    this.onGroup = onGroup; // a group that cannot be split by zooming in (one place)
    this.events = [];
    this.map = L.map(element, { worldCopyJump: true, minZoom: 1, maxZoom: 12 });
    this.map.setView([20, 20], 2);
    this.map.attributionControl.addAttribution("Outlines: Natural Earth (world-atlas)");
    this.layer = L.layerGroup().addTo(this.map);
    this.map.on("zoomend moveend", () => this.redraw());
  }

  async drawOutlines(url) {
    const world = await (await fetch(url)).json();
    const countries = topojson.feature(world, world.objects.countries);
    L.geoJSON(countries, {
      style: { color: "#8a8f98", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 },
      interactive: false,
    }).addTo(this.map).bringToBack();
    return countries.features.length;
  }

  // Show exactly these events (after a filter or a brush); the number placed on the map back.
  show(events) {
    this.events = events.filter((e) => e.lat != null && e.lon != null);
    this.redraw();
    return this.events.length;
  }

  redraw() {
    const zoom = this.map.getZoom();
    const view = this.map.getPixelBounds().pad(0.05);
    const groups = new Map();
    for (const e of this.events) {
      const p = this.map.project([e.lat, e.lon], zoom);
      const key = `${Math.floor(p.x / CELL)}:${Math.floor(p.y / CELL)}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { x: 0, y: 0, events: [] }));
      g.x += p.x;
      g.y += p.y;
      g.events.push(e);
    }
    const markers = [];
    for (const g of groups.values()) {
      const at = L.point(g.x / g.events.length, g.y / g.events.length);
      if (!view.contains(at)) continue;
      const where = this.map.unproject(at, zoom);
      markers.push(g.events.length === 1 ? this.single(g.events[0]) : this.group(g.events, where));
    }
    this.layer.clearLayers();
    for (const m of markers) this.layer.addLayer(m);
  }

  single(e) {
    const dot = document.createElement("span"); // built, not parsed: ids come from posts
    dot.className = "ev-dot";
    dot.dataset.id = e.id;
    dot.style.background = colorOf(e.event_type);
    const icon = L.divIcon({ className: "ev-marker", html: dot, iconSize: [14, 14] });
    const title = `${e.sub_event_type}, ${e.location_name || "?"} (${e.date_start})`;
    const marker = L.marker([e.lat, e.lon], { icon, title, keyboard: true });
    marker.on("click", () => this.onPick(e));
    return marker;
  }

  group(events, where) {
    const n = events.length;
    const size = n < 10 ? 30 : n < 100 ? 36 : n < 1000 ? 44 : 52;
    const icon = L.divIcon({
      className: "marker-cluster",
      html: `<div style="background:${ring(events)}"><span>${n}</span></div>`,
      iconSize: [size, size],
    });
    const marker = L.marker(where, { icon, title: `${n} events`, keyboard: true });
    marker.on("click", () => {
      const bounds = L.latLngBounds(events.map((e) => [e.lat, e.lon]));
      if (bounds.getNorthEast().equals(bounds.getSouthWest()) || this.map.getZoom() >= this.map.getMaxZoom()) {
        this.onGroup(events);
      } else {
        this.map.fitBounds(bounds.pad(0.2), { maxZoom: this.map.getMaxZoom() });
      }
    });
    return marker;
  }

  fit(events) {
    const points = events.filter((e) => e.lat != null).map((e) => [e.lat, e.lon]);
    if (points.length) this.map.fitBounds(points, { padding: [30, 30], maxZoom: 6, animate: false });
  }
}

// A ring of the group's types, each by its share: the colours say what the group holds.
function ring(events) {
  const counts = new Map();
  for (const e of events) counts.set(e.event_type, (counts.get(e.event_type) || 0) + 1);
  let at = 0;
  const stops = [];
  for (const [type, count] of [...counts].sort((a, b) => b[1] - a[1])) {
    const next = at + (count / events.length) * 360;
    stops.push(`${colorOf(type)} ${at}deg ${next}deg`);
    at = next;
  }
  return `conic-gradient(${stops.join(", ")})`;
}
