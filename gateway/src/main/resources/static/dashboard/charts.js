// Charts drawn as inline SVG: no library to vendor and nothing fetched from elsewhere, so the page works offline and
// under a strict Content-Security-Policy (colours are classes of dashboard.css, not inline styles).
const SVG = "http://www.w3.org/2000/svg";

function svgElement(name, attributes = {}, text) {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/**
 * Horizontal grouped bars: one row per item, one bar per series. rows: [{label, values: [number...]}];
 * series: names of the values, in order. Each bar carries a title (shown on hover, read by screen readers) and its
 * number; an empty list draws a note instead.
 */
export function bars(container, rows, series, emptyText) {
  container.replaceChildren();
  if (rows.length === 0) {
    const note = document.createElement("p");
    note.className = "empty";
    note.textContent = emptyText;
    container.append(note);
    return;
  }
  const labelWidth = 170, chartWidth = 300, barHeight = 12, gap = 8;
  const rowHeight = series.length * barHeight + gap;
  const max = Math.max(1, ...rows.flatMap((row) => row.values));
  const svg = svgElement("svg", { viewBox: `0 0 ${labelWidth + chartWidth + 50} ${rows.length * rowHeight + gap}`,
    role: "img" });
  rows.forEach((row, r) => {
    const top = gap + r * rowHeight;
    const label = svgElement("text", { x: labelWidth - 6, y: top + (series.length * barHeight) / 2 + 4,
      "text-anchor": "end" }, row.label.length > 28 ? row.label.slice(0, 27) + "…" : row.label);
    label.append(svgElement("title", {}, row.label));
    svg.append(label);
    row.values.forEach((value, s) => {
      const width = Math.max(value > 0 ? 1 : 0, (value / max) * chartWidth);
      const bar = svgElement("rect", { x: labelWidth, y: top + s * barHeight, width, height: barHeight - 2,
        class: `s${s}`, "data-series": series[s], "data-value": value });
      bar.append(svgElement("title", {}, `${row.label} · ${series[s]}: ${value}`));
      svg.append(bar);
      svg.append(svgElement("text", { x: labelWidth + width + 4, y: top + s * barHeight + barHeight - 3 },
        formatNumber(value)));
    });
  });
  container.append(svg);
  const legend = document.createElement("div");
  legend.className = "legend";
  series.forEach((name, s) => {
    const item = document.createElement("span");
    item.className = `l${s}`;
    item.textContent = name;
    legend.append(item);
  });
  container.append(legend);
}

function formatNumber(value) {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** A panel's note when its service refused or failed: the chart makes way for the text. */
export function notice(container, text) {
  container.replaceChildren();
  const note = document.createElement("p");
  note.className = "refused";
  note.textContent = text;
  container.append(note);
}
