// The job view (#/jobs/<id>): parameters, result, a step chart and the kernel's notes, kept
// current by the stream. Step batches are applied one after another, so a batch that arrives
// while earlier steps are still being fetched waits its turn and nothing is drawn twice.
import { api } from '../api.js';
import { STEP_SERIES, stepChartConfig, stepPoints } from '../chart-options.js';
import { byId, factRows, replaceChildren, setText } from '../dom.js';
import { redrawSoon } from '../frame.js';
import { objective } from '../format.js';
import { isFinished, isNewer, progressText } from '../job-format.js';
import { reportError } from '../toast.js';
import { parameterPairs, resultPairs } from './job-details.js';
import { NotesTable } from './notes-table.js';

/** Steps kept on the chart; a longer run shows its newest ones. */
export const STEP_CAP = 2000;
const PAGE_SIZE = 1000;

export class JobView {
  constructor({ onJobChanged }) {
    this.onJobChanged = onJobChanged;
    this.section = byId('job-view');
    this.notes = new NotesTable({
      body: byId('notes-body'),
      onRender: () => this.renderStepNote(),
    });
    this.stepInfo = new Map();
    this.chart = null;
    this.jobId = null;
    this.job = null;
    this.lastStep = 0;
    this.generation = 0;
    this.work = Promise.resolve();
    byId('job-retry').addEventListener('click', () => void this.retry());
    byId('job-cancel').addEventListener('click', () => void this.cancel());
  }

  get visible() {
    return this.jobId !== null;
  }

  /** Opens job `id`: clears the previous job's data in place and loads this one's. */
  show(id) {
    this.generation += 1;
    this.jobId = id;
    this.job = null;
    this.lastStep = 0;
    this.section.hidden = false;
    this.chart ??= new globalThis.Chart(byId('step-chart'), stepChartConfig(this.stepInfo));
    this.clearSteps();
    setText('job-view-id', id);
    setText('job-view-progress-label', 'Loading job…');
    setText('step-chart-note', 'Loading steps…');
    replaceChildren(byId('job-view-params'));
    replaceChildren(byId('job-view-result'));

    return this.enqueue(async (generation) => {
      let job;
      try {
        job = await api(`/jobs/${id}`);
      } catch (error) {
        setText('job-view-progress-label', error.message);
        setText('step-chart-note', '');
        throw error;
      }
      this.render(job);
      await this.fetchSteps(generation, Math.max(0, job.steps_done - STEP_CAP));
    });
  }

  hide() {
    this.generation += 1;
    this.jobId = null;
    this.section.hidden = true;
  }

  /** Reloads the job and fetches the steps it does not have yet (polling, resync). */
  refresh() {
    if (!this.visible) {
      return Promise.resolve();
    }

    return this.enqueue(async (generation) => {
      const job = await api(`/jobs/${this.jobId}`);
      if (generation === this.generation) {
        this.render(job);
        await this.fetchSteps(generation, this.lastStep);
      }
    });
  }

  onJob(job) {
    if (job.id === this.jobId) {
      this.render(job);
    }
  }

  onSteps(jobId, steps) {
    if (jobId === this.jobId) {
      void this.enqueue((generation) => this.ingest(generation, steps));
    }
  }

  get stepCount() {
    return this.chart ? this.chart.data.datasets[STEP_SERIES.psi].data.length : 0;
  }

  enqueue(task) {
    const generation = this.generation;
    const id = this.jobId;
    this.work = this.work
      .then(() => (generation === this.generation ? task(generation) : undefined))
      .catch((error) => reportError(`Job ${id}`, error));

    return this.work;
  }

  /** Steps from the stream; a gap before them (missed while offline) is fetched first. */
  async ingest(generation, steps) {
    const first = steps.find((step) => step.step > this.lastStep);
    if (!first) {
      return;
    }
    if (first.step > this.lastStep + 1) {
      await this.fetchSteps(generation, this.lastStep, first.step - 1);
    }
    if (generation === this.generation) {
      this.append(steps.filter((step) => step.step > this.lastStep));
    }
  }

  async fetchSteps(generation, after, until = Number.MAX_SAFE_INTEGER) {
    let cursor = after;
    while (cursor < until) {
      const page = await api(`/jobs/${this.jobId}/steps?after=${cursor}&limit=${PAGE_SIZE}`);
      if (generation !== this.generation) {
        return;
      }
      this.append(page.steps.filter((step) => step.step <= until && step.step > this.lastStep));
      if (page.steps.length < PAGE_SIZE) {
        break;
      }
      cursor = page.steps[page.steps.length - 1].step;
    }
    this.renderStepNote();
  }

  append(steps) {
    if (steps.length === 0) {
      return;
    }
    const datasets = this.chart.data.datasets;
    for (const step of steps) {
      const points = stepPoints(step, step.j ?? objective(step.psi, step.rho, step.omega));
      for (const [series, index] of Object.entries(STEP_SERIES)) {
        datasets[index].data.push(...points[series]);
      }
      this.stepInfo.set(step.step, { notes: step.notes });
    }
    this.lastStep = steps[steps.length - 1].step;
    this.trim();
    redrawSoon(this.chart);
    this.notes.append(steps);
  }

  /** Keeps the newest STEP_CAP steps on the chart. */
  trim() {
    const oldest = this.lastStep - STEP_CAP + 1;
    for (const dataset of this.chart.data.datasets) {
      const keepFrom = dataset.data.findIndex((point) => point.x >= oldest);
      dataset.data.splice(0, keepFrom < 0 ? dataset.data.length : keepFrom);
    }
    for (const step of this.stepInfo.keys()) {
      if (step >= oldest) {
        break;
      }
      this.stepInfo.delete(step);
    }
  }

  clearSteps() {
    this.chart.data.datasets.forEach((dataset) => {
      dataset.data.length = 0;
    });
    this.stepInfo.clear();
    this.chart.update('none');
    this.notes.clear();
  }

  render(job) {
    if (job.id !== this.jobId || !isNewer(job, this.job)) {
      return;
    }
    this.job = job;
    const badge = byId('job-view-status');
    badge.className = `status-badge ${job.status}`;
    badge.textContent = job.status.toUpperCase();
    const bar = byId('job-view-progress');
    bar.className = `progress__bar ${job.status}`;
    bar.style.width = `${(Math.min(1, job.progress ?? 0) * 100).toFixed(1)}%`;
    setText('job-view-progress-label', progressText(job));
    const error = byId('job-view-error');
    error.hidden = !job.error;
    error.textContent = job.error ? `Error: ${job.error}` : '';
    byId('job-retry').hidden = !isFinished(job);
    byId('job-cancel').hidden = isFinished(job);
    replaceChildren(byId('job-view-params'), factRows(parameterPairs(job)));
    replaceChildren(byId('job-view-result'), factRows(resultPairs(job)));
    this.renderStepNote();
  }

  renderStepNote() {
    const total = this.job?.steps_done ?? this.lastStep;
    const shown = this.stepCount;
    const chart =
      shown === 0
        ? 'No steps stored yet.'
        : `Showing ${shown < total ? `the newest ${shown} of ${total}` : `all ${shown}`} steps. ` +
          'Red crosses mark rejected steps, violet triangles regime switches.';
    setText('step-chart-note', chart);
    const rows = this.notes.rowCount;
    setText(
      'notes-note',
      rows === 0
        ? 'No steps yet.'
        : `Steps ${this.lastStep} down to ${this.notes.firstStep}, newest first.`,
    );
  }

  async retry() {
    await this.act('job-retry', async () => {
      const accepted = await api(`/jobs/${this.jobId}/retry`, { method: 'POST' });
      this.onJobChanged(accepted.job);
      location.hash = `#/jobs/${accepted.job_id}`;
    });
  }

  async cancel() {
    await this.act('job-cancel', async () => {
      const job = await api(`/jobs/${this.jobId}/cancel`, { method: 'POST' });
      this.render(job);
      this.onJobChanged(job);
    });
  }

  async act(buttonId, action) {
    const button = byId(buttonId);
    button.disabled = true;
    try {
      await action();
    } catch (error) {
      reportError(button.textContent.trim(), error);
    } finally {
      button.disabled = false;
    }
  }
}
