// The timeline: weekly counts stacked by type (from GET /stats), in an SVG of our own.
// Dragging across it picks a range of weeks (the brush); a click without a drag clears it.
import { colorOf } from "./colors.js";

const SVG = "http://www.w3.org/2000/svg";
const DAY = 86400000;
const PAD = { left: 28, right: 8, top: 6, bottom: 16 };

// The Monday of the week of an ISO date, as GET /stats counts weeks.
export function weekOf(iso) {
  const t = Date.parse(iso + "T00:00:00Z");
  const day = new Date(t).getUTCDay();
  return new Date(t - ((day + 6) % 7) * DAY).toISOString().slice(0, 10);
}

function el(name, attrs, parent) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (parent) parent.appendChild(node);
  return node;
}

export class Timeline {
  constructor(svg, onBrush) {
    this.svg = svg;
    this.onBrush = onBrush;
    this.weeks = [];
    this.range = null;
    svg.addEventListener("pointerdown", (ev) => this.start(ev));
    svg.addEventListener("pointermove", (ev) => this.move(ev));
    svg.addEventListener("pointerup", (ev) => this.end(ev));
  }

  // rows: [{week, event_type, count}] oldest first
  draw(rows) {
    const byWeek = new Map();
    for (const r of rows) {
      if (!byWeek.has(r.week)) byWeek.set(r.week, []);
      byWeek.get(r.week).push(r);
    }
    this.weeks = [];
    if (rows.length) {
      const last = Date.parse(rows[rows.length - 1].week);
      for (let t = Date.parse(rows[0].week); t <= last; t += 7 * DAY) {
        this.weeks.push(new Date(t).toISOString().slice(0, 10));
      }
    }
    this.svg.replaceChildren();
    const width = this.svg.clientWidth || 600;
    const height = this.svg.clientHeight || 110;
    this.inner = { w: width - PAD.left - PAD.right, h: height - PAD.top - PAD.bottom };
    const n = Math.max(this.weeks.length, 1);
    this.step = this.inner.w / n;
    const max = Math.max(1, ...this.weeks.map((w) => sum(byWeek.get(w) || [])));
    const bars = el("g", { transform: `translate(${PAD.left},${PAD.top})` }, this.svg);
    this.weeks.forEach((week, i) => {
      let y = this.inner.h;
      for (const r of byWeek.get(week) || []) {
        const h = (r.count / max) * this.inner.h;
        y -= h;
        const bar = el("rect", {
          x: i * this.step + 1, y, width: Math.max(this.step - 2, 1), height: h,
          fill: colorOf(r.event_type), "data-week": week,
        }, bars);
        el("title", {}, bar).textContent = `${week}: ${r.count} ${r.event_type}`;
      }
    });
    el("text", { x: 2, y: PAD.top + 8 }, this.svg).textContent = String(max);
    const ticks = Math.min(this.weeks.length, Math.floor(this.inner.w / 80));
    for (let k = 0; k < ticks; k++) {
      const i = Math.round((k * (this.weeks.length - 1)) / Math.max(ticks - 1, 1));
      const last = k === ticks - 1 && ticks > 1; // the last label ends at the right edge
      const x = PAD.left + (last ? (i + 1) * this.step : i * this.step);
      if (!last && ticks > 1 && x > PAD.left + this.inner.w - 140) continue; // room for the last
      const label = el("text", { x, y: height - 3, "text-anchor": last ? "end" : "start" }, this.svg);
      label.textContent = this.weeks[i];
    }
    this.sel = el("rect", { class: "sel", y: PAD.top, height: this.inner.h, width: 0, x: 0 }, this.svg);
    this.sel.style.display = "none";
    this.range = null;
  }

  indexAt(ev) {
    const box = this.svg.getBoundingClientRect();
    const x = ev.clientX - box.left - PAD.left;
    return Math.min(this.weeks.length - 1, Math.max(0, Math.floor(x / this.step)));
  }

  start(ev) {
    if (!this.weeks.length) return;
    this.svg.setPointerCapture(ev.pointerId);
    this.anchor = this.indexAt(ev);
    this.moved = false;
  }

  move(ev) {
    if (this.anchor == null) return;
    const i = this.indexAt(ev);
    if (i !== this.anchor) this.moved = true;
    this.paint(Math.min(i, this.anchor), Math.max(i, this.anchor));
  }

  end(ev) {
    if (this.anchor == null) return;
    const i = this.indexAt(ev);
    const [a, b] = [Math.min(i, this.anchor), Math.max(i, this.anchor)];
    this.anchor = null;
    if (!this.moved) {
      this.clear();
      return;
    }
    this.paint(a, b);
    this.range = { from: this.weeks[a], to: this.weeks[b] };
    this.onBrush(this.range);
  }

  paint(a, b) {
    this.sel.style.display = "";
    this.sel.setAttribute("x", PAD.left + a * this.step);
    this.sel.setAttribute("width", (b - a + 1) * this.step);
  }

  clear() {
    if (this.sel) this.sel.style.display = "none";
    const had = this.range;
    this.range = null;
    if (had) this.onBrush(null);
  }
}

function sum(rows) {
  return rows.reduce((s, r) => s + r.count, 0);
}
