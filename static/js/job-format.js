// Pieces of a job that the jobs list and the job view both show.
import { el } from './dom.js';
import { fixed4, percent, seconds } from './format.js';

export const FINAL_STATUSES = ['completed', 'failed', 'cancelled'];

export function isFinished(job) {
  return FINAL_STATUSES.includes(job.status);
}

/** The original's badge (upper-cased status), coloured by status class. */
export function statusBadge(status, id) {
  return el('span', {
    className: `status-badge ${status}`,
    id,
    text: String(status).toUpperCase(),
  });
}

export function progressBar(job) {
  const fraction = Math.min(1, Math.max(0, job.progress ?? 0));
  const bar = el('div', {
    className: `progress__bar ${job.status}`,
    style: `width: ${(fraction * 100).toFixed(1)}%`,
  });

  return el(
    'div',
    {
      className: 'progress',
      role: 'progressbar',
      'aria-valuemin': 0,
      'aria-valuemax': 1,
      'aria-valuenow': fraction.toFixed(4),
      'aria-label': `Progress of job ${job.id}`,
    },
    bar,
  );
}

export function progressText(job) {
  return `${job.steps_done} / ${job.steps_total} steps (${percent(job.progress)})`;
}

/** The original's metric spans, shown whenever a value exists (0 included, unlike the original). */
export function metricTexts(metrics) {
  const shown = [];
  if (!metrics) {
    return shown;
  }
  if (metrics.energy != null) {
    shown.push(`Energy: ${fixed4(metrics.energy)}`);
  }
  if (metrics.accuracy != null) {
    shown.push(`Accuracy: ${fixed4(metrics.accuracy)}`);
  }
  if (metrics.duration_secs != null) {
    shown.push(`Duration: ${seconds(metrics.duration_secs)}`);
  }
  if (metrics.iterations != null) {
    shown.push(`Iterations: ${metrics.iterations}`);
  }

  return shown;
}

/** True when `candidate` is at least as recent as `current` (stream and polls may interleave). */
export function isNewer(candidate, current) {
  return !current || Date.parse(candidate.updated_at) >= Date.parse(current.updated_at);
}
