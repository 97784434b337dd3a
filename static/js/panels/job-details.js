// What the job view says about a job's parameters and result: label/value pairs, built from
// the job view the API returns.
import { el } from '../dom.js';
import { dateTime, fixed, fixed4, NONE, percent, shortId } from '../format.js';
import { metricTexts } from '../job-format.js';

/** Parameter rows: the stored (completed) parameters, then where and when it ran. */
export function parameterPairs(job) {
  const params = job.params ?? {};
  const config = params.config ?? {};
  const parent = job.parent_id
    ? el('a', {
        href: `#/jobs/${job.parent_id}`,
        className: 'mono',
        text: `${shortId(job.parent_id)}…`,
      })
    : undefined;

  return [
    ['Type', job.job_type],
    ['Algorithm', job.algorithm],
    ['Mode (policy)', params.policy ? `${job.mode} (${params.policy})` : job.mode],
    ['Steps', params.steps],
    ['Seed', params.seed],
    ['Evaluator', params.evaluator],
    ['Suite', params.suite === undefined ? undefined : String(params.suite)],
    ['Starting config', configText(config)],
    ['Learning rate', config.learning_rate],
    ['Max iterations', config.max_iterations],
    ['Random starts', config.num_random_starts],
    ['Attempts', job.attempts],
    ['Worker', job.worker_id ?? NONE],
    ['Retry of', parent],
    ['Created', dateTime(job.created_at)],
    ['Started', dateTime(job.started_at)],
    ['Finished', dateTime(job.completed_at)],
  ].filter(([, value]) => value !== undefined && value !== null);
}

/** "VQE · Metatron ×2 · Adam" from a configuration. */
export function configText(config) {
  if (!config || !config.algorithm) {
    return undefined;
  }
  const ansatz = config.ansatz_type ? `${config.ansatz_type} ×${config.ansatz_depth ?? '?'}` : null;

  return [config.algorithm, ansatz, config.optimizer].filter(Boolean).join(' · ');
}

/** Result rows: the original's metrics, then the calibration summary when there is one. */
export function resultPairs(job) {
  const result = job.result;
  if (!result || typeof result !== 'object') {
    return [['Result', job.status === 'failed' ? 'none (the job failed)' : 'not yet']];
  }
  const pairs = [['Metrics', metricTexts(job.metrics).join(' · ') || NONE]];
  if (result.final && result.best) {
    pairs.push(...calibrationPairs(result));
  } else {
    pairs.push(...scalarPairs(result));
  }

  return pairs;
}

function calibrationPairs(result) {
  const { final, best } = result;
  const total = (result.accepted_steps ?? 0) + (result.rejected_steps ?? 0);

  return [
    ['Final ψ · ρ · ω', `${fixed4(final.psi)} · ${fixed4(final.rho)} · ${fixed4(final.omega)}`],
    ['Final J', fixed4(final.j)],
    ['Final config', configText(final.config) ?? NONE],
    ['Best J', `${fixed4(best.j)} at step ${best.step}`],
    ['Best ψ · ρ · ω', `${fixed4(best.psi)} · ${fixed4(best.rho)} · ${fixed4(best.omega)}`],
    ['Best config', configText(best.config) ?? NONE],
    // Older results stored the best step's energy; newer ones the lowest any step measured.
    ['Lowest energy', fixed4(result.lowest_energy ?? best.energy)],
    ['Accepted', `${result.accepted_steps} of ${total} steps (${percent(result.acceptance_rate)})`],
    ['Regime switches', result.regime_switches],
    ['Harmonic mean', fixed4(final.harmonic_mean)],
    ['Duration', result.duration_ms != null ? `${fixed(result.duration_ms / 1000, 2)} s` : NONE],
  ];
}

/** Any other result shape (benchmark jobs): its top-level numbers, strings and booleans. */
function scalarPairs(result) {
  return Object.entries(result)
    .filter(([, value]) => ['number', 'string', 'boolean'].includes(typeof value))
    .map(([key, value]) => [key, typeof value === 'number' ? fixed(value, 4) : String(value)]);
}
