// One colour per ACLED event type (the six of the taxonomy); anything else is grey.
export const TYPE_COLORS = {
  "Battles": "#d62728",
  "Explosions/Remote violence": "#ff7f0e",
  "Violence against civilians": "#9467bd",
  "Protests": "#2ca02c",
  "Riots": "#8c564b",
  "Strategic developments": "#1f77b4",
};

export function colorOf(type) {
  return TYPE_COLORS[type] || "#777";
}
