// Chart.js configurations as pure functions of their inputs: the panels own the data arrays and
// only push to them, so a chart is built once and never rebuilt.
import { clockTime, fixed4, shortId } from './format.js';

const THEME = { text: '#f1f5f9', ticks: '#94a3b8', grid: '#334155' };

/** The original's series colours, plus J and the step markers. */
export const SERIES = {
  psi: { label: 'ψ (Quality)', color: '#10b981', fill: 'rgba(16, 185, 129, 0.1)' },
  rho: { label: 'ρ (Stability)', color: '#3b82f6', fill: 'rgba(59, 130, 246, 0.1)' },
  omega: { label: 'ω (Efficiency)', color: '#f59e0b', fill: 'rgba(245, 158, 11, 0.1)' },
  j: { label: 'J = ψ·ρ·ω', color: '#e879f9', fill: 'rgba(232, 121, 249, 0.1)' },
};

/** Dataset positions in the step chart. */
export const STEP_SERIES = { psi: 0, rho: 1, omega: 2, j: 3, rejected: 4, regime: 5 };

const REJECTED_COLOR = '#ef4444';
const REGIME_COLOR = '#c4b5fd';
/** Below this span the history's time labels show tenths of a second, or they all read alike. */
const SHORT_SPAN_MS = 60000;
const NOTE_LINE_CHARS = 60;
/** Chart.js draws lower `order` last: markers go over the lines they mark. */
const MARKERS_ON_TOP = -1;

function lineDataset(series, extra = {}) {
  return {
    label: series.label,
    data: [],
    borderColor: series.color,
    backgroundColor: series.fill,
    borderWidth: 2,
    tension: 0.4,
    pointRadius: 0,
    pointHoverRadius: 4,
    fill: false,
    ...extra,
  };
}

function axis(title, extra = {}) {
  return {
    title: { display: true, text: title, color: THEME.text, font: { weight: 'bold' } },
    ticks: { color: THEME.ticks },
    grid: { color: THEME.grid },
    ...extra,
  };
}

/** The 0–1 value axis both charts share: ψ, ρ, ω and J all live in [0, 1]. */
function valueAxis() {
  return axis('Value (0–1)', { min: 0, max: 1 });
}

function legend() {
  return {
    position: 'top',
    // Keep the series order even though markers are drawn with a different `order`.
    labels: {
      color: THEME.text,
      boxWidth: 14,
      boxHeight: 8,
      sort: (a, b) => a.datasetIndex - b.datasetIndex,
    },
  };
}

function baseOptions(scales, plugins) {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    scales,
    plugins: { legend: legend(), ...plugins },
  };
}

/**
 * The Metrics History chart: one category label per point (evenly spaced, as the original), with
 * `pointMeta[i]` naming where point i came from for its tooltip.
 */
export function historyChartConfig(pointMeta) {
  const datasets = ['psi', 'rho', 'omega', 'j'].map((key) => lineDataset(SERIES[key]));
  const x = axis('Time (oldest → newest)', {
    ticks: {
      color: THEME.ticks,
      maxTicksLimit: 8,
      maxRotation: 0,
      autoSkipPadding: 12,
      callback: (index) => historyTickLabel(pointMeta, index),
    },
  });
  const tooltip = {
    mode: 'index',
    intersect: false,
    callbacks: { title: (items) => historyTooltipTitle(pointMeta[items[0]?.dataIndex]) },
  };

  return {
    type: 'line',
    data: { labels: [], datasets },
    options: {
      ...baseOptions({ x, y: valueAxis() }, { tooltip }),
      interaction: { mode: 'index', intersect: false },
    },
  };
}

/** A time label; with tenths of a second when all shown points lie within a minute. */
export function historyTickLabel(pointMeta, index) {
  const meta = pointMeta[index];
  if (!meta) {
    return '';
  }
  const span =
    Date.parse(pointMeta[pointMeta.length - 1].timestamp) - Date.parse(pointMeta[0].timestamp);

  return span < SHORT_SPAN_MS ? preciseTime(meta.timestamp) : clockTime(meta.timestamp);
}

function preciseTime(iso) {
  return new Date(iso).toLocaleTimeString([], {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    fractionalSecondDigits: 1,
  });
}

export function historyTooltipTitle(meta) {
  if (!meta) {
    return '';
  }
  const origin = meta.jobId
    ? `job ${shortId(meta.jobId)} step ${meta.step ?? '?'}`
    : 'pushed metric';

  return `${clockTime(meta.timestamp)} · ${origin}`;
}

/**
 * The job view's chart by step: ψ, ρ, ω and J as lines, rejected steps as red crosses on J and
 * regime switches as violet triangles on J (distinct points, so no annotation plugin is needed;
 * vertical lines turned into a solid wall on long runs that switch every few steps). `stepInfo`
 * maps a step to its notes for the tooltip.
 */
export function stepChartConfig(stepInfo) {
  const lines = ['psi', 'rho', 'omega', 'j'].map((key) =>
    lineDataset(SERIES[key], { tension: 0, borderWidth: key === 'j' ? 2.5 : 1.5 }),
  );
  const rejected = {
    label: 'Rejected step',
    data: [],
    showLine: false,
    pointStyle: 'crossRot',
    pointRadius: 6,
    pointHoverRadius: 8,
    borderWidth: 2.5,
    order: MARKERS_ON_TOP,
    borderColor: REJECTED_COLOR,
    backgroundColor: REJECTED_COLOR,
  };
  const regime = {
    label: 'Regime switch',
    data: [],
    showLine: false,
    pointStyle: 'triangle',
    pointRadius: 6,
    pointHoverRadius: 8,
    borderWidth: 1.5,
    order: MARKERS_ON_TOP,
    borderColor: REGIME_COLOR,
    backgroundColor: 'rgba(196, 181, 253, 0.45)',
  };
  const x = axis('Calibration step', {
    type: 'linear',
    ticks: { color: THEME.ticks, precision: 0 },
  });

  return {
    type: 'line',
    data: { datasets: [...lines, rejected, regime] },
    options: {
      ...baseOptions({ x, y: valueAxis() }, { tooltip: stepTooltip(stepInfo) }),
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
    },
  };
}

function stepTooltip(stepInfo) {
  return {
    callbacks: {
      title: (items) => (items.length > 0 ? `Step ${items[0].raw.x}` : ''),
      label: (item) => stepTooltipLabel(item),
      afterBody: (items) => wrapNote(stepInfo.get(items[0]?.raw?.x)?.notes),
    },
  };
}

function stepTooltipLabel(item) {
  if (item.datasetIndex === STEP_SERIES.regime) {
    return 'Regime switch at this step';
  }
  if (item.datasetIndex === STEP_SERIES.rejected) {
    return `Rejected step: J = ${fixed4(item.raw.y)}`;
  }

  return `${item.dataset.label}: ${fixed4(item.raw.y)}`;
}

/** Splits a note into tooltip lines of readable length. */
export function wrapNote(note) {
  if (!note) {
    return [];
  }
  const lines = [];
  let line = '';
  for (const word of note.split(' ')) {
    if (line && line.length + word.length + 1 > NOTE_LINE_CHARS) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);

  return lines;
}

/** The points one step adds to the step chart, by dataset position. */
export function stepPoints(step, j) {
  const x = step.step;
  const points = {
    psi: [{ x, y: step.psi }],
    rho: [{ x, y: step.rho }],
    omega: [{ x, y: step.omega }],
    j: [{ x, y: j }],
    rejected: step.accepted === false ? [{ x, y: j }] : [],
    regime: step.regime_switch ? [{ x, y: j }] : [],
  };

  return points;
}
