// Incidents: the list, and one incident's member reports side by side, each article's text
// with its evidence marked. Every piece goes in through textContent (renderText), never HTML.
import { renderText } from "./article.js";
import { colorOf } from "./colors.js";

export function incidentItems(incidents, open) {
  return incidents.map((i) => {
    const li = document.createElement("li");
    li.dataset.id = i.id;
    li.className = "incident";
    const dot = document.createElement("span");
    dot.className = "dot";
    dot.style.background = colorOf(i.event_type);
    const head = document.createElement("strong");
    head.textContent = ` ${i.sub_event_type} · ${i.n_articles} reports, ${i.n_outlets} outlets`;
    const when = document.createElement("div");
    when.className = "when";
    const place = [i.location_name, i.country_code].filter(Boolean).join(", ");
    when.textContent = [i.date_start, place].filter(Boolean).join(" · ");
    li.append(dot, head, when);
    li.addEventListener("click", () => open(i));
    return li;
  });
}

// One column per member: outlet and day, then its article's text with the evidence marked.
export function renderIncident(parts, incident, articles) {
  const place = [incident.location_name, incident.admin1, incident.country_code].filter(Boolean);
  parts.title.textContent = `${incident.event_type}: ${incident.sub_event_type}, ${place.join(", ")}`;
  const columns = incident.members.map((member, n) => {
    const column = document.createElement("div");
    column.className = "member";
    column.dataset.event = member.event_id;
    const head = document.createElement("h3");
    const toll = member.fatalities == null ? "toll not given" : `${member.fatalities} killed`;
    head.textContent = [member.outlet || member.article_id, member.published, toll].join(" · ");
    const text = document.createElement("div");
    text.className = "member-text";
    const ev = member.event;
    const article = articles[n];
    if (ev && article) {
      renderText(text, article.text, [
        { start: ev.evidence_start, end: ev.evidence_end, kind: "evidence", note: "evidence" },
      ]);
    } else {
      text.textContent = member.evidence; // the event was replaced since: what was recorded
    }
    column.append(head, text);
    return column;
  });
  parts.members.replaceChildren(...columns);
}
