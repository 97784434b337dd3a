// The DioniceKernel notes of each step, as rows of a scrollable table, newest first.
import { el } from '../dom.js';
import { fixed4, objective } from '../format.js';

const ROWS_CAP = 1000;

export class NotesTable {
  constructor({ body, onRender }) {
    this.body = body;
    this.onRender = onRender;
    this.pending = [];
    this.frame = 0;
  }

  clear() {
    this.pending = [];
    this.body.replaceChildren();
  }

  /** Queues rows for the next frame, so a burst of batches costs one layout. */
  append(steps) {
    this.pending.push(...steps);
    if (this.pending.length > ROWS_CAP) {
      this.pending.splice(0, this.pending.length - ROWS_CAP);
    }
    this.frame ||= requestAnimationFrame(() => this.flush());
  }

  /**
   * Newest rows go on top: the reader sees them without the table scrolling, and a reader who
   * scrolled down keeps their place (the browser anchors the scroll position).
   */
  flush() {
    this.frame = 0;
    const rows = this.pending.map(noteRow).reverse();
    this.pending = [];
    this.body.prepend(...rows);
    while (this.body.rows.length > ROWS_CAP) {
      this.body.lastElementChild.remove();
    }
    this.onRender();
  }

  get rowCount() {
    return this.body.rows.length;
  }

  /** The oldest step still in the table. */
  get firstStep() {
    return Number(this.body.lastElementChild?.dataset.step ?? 0);
  }
}

function noteRow(step) {
  const j = step.j ?? objective(step.psi, step.rho, step.omega);
  const classes = [step.accepted === false ? 'rejected' : '', step.regime_switch ? 'regime' : ''];
  const accepted = step.accepted === null || step.accepted === undefined ? '—' : step.accepted;

  const cells = [
    ['Step', 'num', step.step],
    ['Accepted', '', accepted === '—' ? accepted : accepted ? '✓ yes' : '✗ no'],
    ['Regime', '', step.regime_switch ? '⇄ switch' : ''],
    ['ψ', 'num', fixed4(step.psi)],
    ['ρ', 'num', fixed4(step.rho)],
    ['ω', 'num', fixed4(step.omega)],
    ['J', 'num', fixed4(j)],
    ['Resonance', 'num', fixed4(step.resonance_score)],
    ['Notes', 'notes', step.notes || '—'],
  ];

  return el(
    'tr',
    { className: classes.join(' ').trim() || undefined, dataset: { step: step.step } },
    cells.map(([label, className, text]) =>
      el('td', { className: className || undefined, dataset: { label }, text }),
    ),
  );
}
