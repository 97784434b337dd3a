// Metrics History: the newest points of every job and pushed metric, appended in place as they
// arrive so the chart keeps its zoom, hover and legend state.
import { api } from '../api.js';
import { historyChartConfig } from '../chart-options.js';
import { clockTime, objective } from '../format.js';
import { redrawSoon } from '../frame.js';

/** Points kept on the chart; older ones scroll off so long runs stay responsive. */
export const HISTORY_CAP = 500;

/** One identity per stored point, whether it came from a step event or from /api/history. */
export function pointKey(point) {
  return point.job_id ? `${point.job_id}:${point.step}` : `metric:${point.id}`;
}

/** A `job.steps` step as a history point. */
export function stepAsPoint(jobId, step, mode = null) {
  return {
    timestamp: step.ts,
    psi: step.psi,
    rho: step.rho,
    omega: step.omega,
    algorithm: step.algorithm,
    mode,
    source: 'job',
    job_id: jobId,
    step: step.step,
    j: step.j,
  };
}

export class HistoryPanel {
  constructor(canvas) {
    this.meta = [];
    this.keys = new Set();
    this.chart = new globalThis.Chart(canvas, historyChartConfig(this.meta));
  }

  /** Replaces the points with the newest stored ones (first load, Refresh, resync). */
  async load() {
    const points = await api(`/history?limit=${HISTORY_CAP}`);
    this.clear();
    this.append(points);
    redrawSoon(this.chart);
  }

  /** While polling: fetches only what is newer than the last point shown. */
  async loadNewer() {
    const last = this.meta[this.meta.length - 1];
    if (!last) {
      return this.load();
    }
    const from = encodeURIComponent(new Date(last.timestamp).toISOString());
    this.append(await api(`/history?limit=${HISTORY_CAP}&from=${from}`));
  }

  appendSteps(jobId, steps, mode) {
    this.append(steps.map((step) => stepAsPoint(jobId, step, mode)));
  }

  /** Appends points not shown yet, drops the oldest beyond the cap, redraws without animation. */
  append(points) {
    const fresh = points.filter((point) => !this.keys.has(pointKey(point)));
    if (fresh.length === 0) {
      return;
    }
    const { labels, datasets } = this.chart.data;
    for (const point of fresh) {
      this.keys.add(pointKey(point));
      this.meta.push({
        timestamp: point.timestamp,
        jobId: point.job_id,
        step: point.step,
        key: pointKey(point),
      });
      labels.push(clockTime(point.timestamp));
      datasets[0].data.push(point.psi);
      datasets[1].data.push(point.rho);
      datasets[2].data.push(point.omega);
      datasets[3].data.push(point.j ?? objective(point.psi, point.rho, point.omega));
    }
    this.trim();
    redrawSoon(this.chart);
  }

  get pointCount() {
    return this.chart.data.labels.length;
  }

  trim() {
    const excess = this.meta.length - HISTORY_CAP;
    if (excess <= 0) {
      return;
    }
    const { labels, datasets } = this.chart.data;
    for (const dropped of this.meta.splice(0, excess)) {
      this.keys.delete(dropped.key);
    }
    labels.splice(0, excess);
    datasets.forEach((dataset) => dataset.data.splice(0, excess));
  }

  clear() {
    const { labels, datasets } = this.chart.data;
    this.meta.length = 0;
    this.keys.clear();
    labels.length = 0;
    datasets.forEach((dataset) => {
      dataset.data.length = 0;
    });
  }
}
