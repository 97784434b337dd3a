// The dashboard's only door to the API: same origin, JSON in and out, and errors that carry the
// server's own message so the user reads why a request was refused.

/** A request the API refused or could not answer; `message` is fit to show to the user. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
  }
}

/**
 * Calls `/api{path}`. Resolves with the parsed body; rejects with an ApiError whose message is
 * the server's `message` field when there is one. `okStatuses` lists non-2xx statuses whose body
 * is still an answer (the health report is a 503 when the service is down).
 */
export async function api(path, { method = 'GET', body, okStatuses = [] } = {}) {
  const init = { method, headers: { accept: 'application/json' } };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers['content-type'] = 'application/json';
  }

  let response;
  try {
    response = await fetch(`/api${path}`, init);
  } catch {
    throw new ApiError(0, `The API did not answer ${method} /api${path} (network error)`);
  }

  const parsed = parseBody(await response.text());
  if (!response.ok && !okStatuses.includes(response.status)) {
    throw new ApiError(response.status, errorMessage(response, parsed));
  }

  return parsed;
}

function parseBody(text) {
  if (text === '') {
    return null;
  }
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function errorMessage(response, parsed) {
  const message = parsed && typeof parsed === 'object' ? parsed.message : parsed;
  const text = Array.isArray(message) ? message.join('; ') : message;

  return text
    ? `${text} (HTTP ${response.status})`
    : `HTTP ${response.status} ${response.statusText}`;
}
