// An article as text with its layers marked: the event's evidence, places, dates, quotes and
// the sources named. Every piece goes in through textContent: article text is never HTML.

// Offsets from the API count code points (Python's str); JS strings count UTF-16 units.
function codePoints(text) {
  return Array.from(text);
}

function sourceSpans(chars, names) {
  const text = chars.join("");
  const spans = [];
  for (const name of names) {
    if (!name || name.length < 3) continue;
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      const start = Array.from(text.slice(0, i)).length;
      spans.push({ start, end: start + Array.from(name).length, kind: "source", note: "source" });
    }
  }
  return spans;
}

function layerSpans(article, event) {
  const spans = [
    { start: event.evidence_start, end: event.evidence_end, kind: "evidence", note: "evidence" },
  ];
  for (const p of article.places) {
    spans.push({ start: p.start, end: p.end, kind: "place", note: `${p.name}, ${p.country_code || "?"}` });
  }
  for (const d of article.dates) {
    const range = d.value_start === d.value_end ? d.value_start : `${d.value_start} to ${d.value_end}`;
    spans.push({ start: d.start, end: d.end, kind: "date", note: range });
  }
  for (const q of article.quotes) {
    spans.push({ start: q.start, end: q.end, kind: "quote", note: `quote: ${q.speaker || "?"}` });
  }
  return spans;
}

// Cut the text at every span's ends; each piece carries the kinds of the spans over it.
export function renderText(container, text, spans) {
  const chars = codePoints(text);
  const cuts = new Set([0, chars.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(chars.length, s.start)));
    cuts.add(Math.max(0, Math.min(chars.length, s.end)));
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const out = document.createDocumentFragment();
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [a, b] = [bounds[i], bounds[i + 1]];
    const piece = chars.slice(a, b).join("");
    const over = spans.filter((s) => s.start <= a && s.end >= b && s.end > s.start);
    if (!over.length) {
      out.appendChild(document.createTextNode(piece));
      continue;
    }
    const kinds = [...new Set(over.map((s) => s.kind))];
    const node = document.createElement(kinds.includes("evidence") ? "mark" : "span");
    node.className = kinds.join(" ");
    node.title = [...new Set(over.map((s) => s.note))].join("; ");
    node.textContent = piece;
    out.appendChild(node);
  }
  container.replaceChildren(out);
}

export function renderArticle(parts, article, event) {
  const head = article.article;
  parts.title.textContent = head.title || head.url || `article ${head.id}`;
  parts.meta.replaceChildren();
  const bits = [head.outlet, head.published].filter(Boolean).join(", ");
  parts.meta.append(document.createTextNode(bits + (head.url ? " · " : "")));
  if (head.url && /^https?:\/\//i.test(head.url)) {
    const link = document.createElement("a");
    link.href = head.url;
    link.rel = "noopener noreferrer";
    link.target = "_blank";
    link.textContent = head.url;
    parts.meta.append(link);
  }
  const card = [
    ["type", `${event.event_type}: ${event.sub_event_type}`],
    ["date", event.date_start === event.date_end ? event.date_start : `${event.date_start} to ${event.date_end}`],
    ["place", [event.location_name, event.admin1, event.country_code].filter(Boolean).join(", ")],
    ["actors", [event.actor1, event.actor2].filter(Boolean).join(" vs ")],
    ["fatalities", event.fatalities == null ? "not reported" : String(event.fatalities)],
    ["reported by", (event.reported_by || []).join("; ")],
    ["confidence", String(event.confidence)],
  ];
  parts.card.replaceChildren();
  for (const [k, v] of card) {
    const dt = document.createElement("dt");
    dt.textContent = k;
    const dd = document.createElement("dd");
    dd.textContent = v || "—";
    parts.card.append(dt, dd);
  }
  const names = [...(event.reported_by || []), ...article.quotes.map((q) => q.speaker)];
  const chars = codePoints(article.text);
  renderText(parts.text, article.text, [...layerSpans(article, event), ...sourceSpans(chars, names)]);
  const mark = parts.text.querySelector("mark.evidence");
  if (mark) mark.scrollIntoView({ block: "center" });
}
