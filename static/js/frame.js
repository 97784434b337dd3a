// Redraws at most once per animation frame: a fast run sends dozens of step batches a second,
// and drawing each one would keep the page too busy to scroll or click.

const charts = new Set();
let frame = 0;

/** Schedules `chart.update('none')` for the next frame; data pushed meanwhile joins it. */
export function redrawSoon(chart) {
  charts.add(chart);
  frame ||= requestAnimationFrame(() => {
    frame = 0;
    const due = [...charts];
    charts.clear();
    due.forEach((pending) => pending.update('none'));
  });
}
