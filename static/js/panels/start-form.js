// Start Calibration: optional parameters, the original's button states and messages, and the
// server's own words when it refuses a value.
import { api } from '../api.js';
import { byId } from '../dom.js';
import { shortId } from '../format.js';

const SUCCESS_HIDE_MS = 5000;
const NUMBER_FIELDS = ['steps', 'seed'];

/**
 * The request body from the form's values: empty fields are left out (the server fills in its
 * defaults); numbers are sent as numbers, or as the text typed when it is not one, so the
 * server's validation message names the problem.
 */
export function calibrationRequest(values) {
  const body = {};
  for (const [name, raw] of Object.entries(values)) {
    const value = String(raw).trim();
    if (value === '') {
      continue;
    }
    const number = Number(value);
    body[name] = NUMBER_FIELDS.includes(name) && Number.isFinite(number) ? number : value;
  }

  return body;
}

export class StartForm {
  constructor({ form, onStarted }) {
    this.form = form;
    this.onStarted = onStarted;
    this.button = byId('start-calibration');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
  }

  async submit() {
    const label = this.button.textContent;
    this.button.disabled = true;
    this.button.textContent = '⏳ Starting...';
    try {
      const body = calibrationRequest(Object.fromEntries(new FormData(this.form)));
      const accepted = await api('/control/start_calibration', { method: 'POST', body });
      this.onStarted(accepted.job);
      showControlMessage(
        'success',
        `✓ ${accepted.message} (Job ID: ${shortId(accepted.job_id)}...)`,
      );
    } catch (error) {
      showControlMessage('error', `✗ Error: ${error.message}`);
    } finally {
      this.button.disabled = false;
      this.button.textContent = label;
    }
  }
}

let hideTimer = null;

/** The original's message box: green and hidden after 5 s, or red until the next message. */
export function showControlMessage(kind, text) {
  const box = byId('control-message');
  clearTimeout(hideTimer);
  box.className = `control-message ${kind}`;
  box.textContent = text;
  if (kind === 'success') {
    hideTimer = setTimeout(() => {
      box.className = 'control-message';
      box.textContent = '';
    }, SUCCESS_HIDE_MS);
  }
}
