import { byId, el } from './dom.js';

const AUTO_HIDE_MS = 12000;
const shown = new Map();

/**
 * Shows an error the user should know about. The same message is shown once (refreshed, not
 * stacked), so a poll that keeps failing does not flood the page.
 */
export function showError(message) {
  const existing = shown.get(message);
  if (existing) {
    clearTimeout(existing.timer);
    existing.timer = setTimeout(() => dismiss(message), AUTO_HIDE_MS);

    return;
  }

  const close = el('button', { type: 'button', 'aria-label': 'Dismiss', text: '✕' });
  const node = el(
    'div',
    { className: 'toast', role: 'alert' },
    el('span', { text: message }),
    close,
  );
  close.addEventListener('click', () => dismiss(message));
  byId('toasts').append(node);
  shown.set(message, { node, timer: setTimeout(() => dismiss(message), AUTO_HIDE_MS) });
}

function dismiss(message) {
  const entry = shown.get(message);
  if (!entry) {
    return;
  }
  clearTimeout(entry.timer);
  entry.node.remove();
  shown.delete(message);
}

/** Shows `error` (an ApiError or any Error) with a short context such as "Loading jobs". */
export function reportError(context, error) {
  const reason = error instanceof Error ? error.message : String(error);
  showError(`${context}: ${reason}`);
}
