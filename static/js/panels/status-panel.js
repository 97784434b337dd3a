// System Status: ψ/ρ/ω, algorithm and mode, backend health dots, the quantum backend badge and
// the service facts from /api/health.
import { byId, factRows, replaceChildren, setText } from '../dom.js';
import { age, clockTime, fixed, fixed4, NONE, objective } from '../format.js';

/** Renders GET /api/status. */
export function renderStatus(status) {
  setText('algorithm', status.algorithm ?? NONE);
  setText('mode', status.mode ?? NONE);
  renderValues(status.psi, status.rho, status.omega);
  setText('last-update', clockTime(status.last_update));
  renderHealthFlags(status.backend_health);
  renderBackend(status.backend_info);
}

/** The newest point from the stream: a job step or a pushed metric. */
export function applyLatestPoint(point) {
  renderValues(point.psi, point.rho, point.omega);
  if (point.algorithm) {
    setText('algorithm', point.algorithm);
  }
  if (point.mode) {
    setText('mode', point.mode);
  }
  setText('last-update', clockTime(point.timestamp));
}

/** A new job is the newest thing the status reports its algorithm and mode from. */
export function applyNewJob(job) {
  setText('algorithm', job.algorithm);
  setText('mode', job.mode);
  setText('last-update', clockTime(job.created_at));
}

function renderValues(psi, rho, omega) {
  setText('psi', fixed4(psi));
  setText('rho', fixed4(rho));
  setText('omega', fixed4(omega));
  setText('objective', fixed4(objective(psi, rho, omega)));
}

function setHealth(id, state) {
  const dot = byId(id);
  dot.classList.remove('healthy', 'unhealthy', 'warning');
  dot.classList.add(state);
  dot.dataset.state = state;
}

function renderHealthFlags(health) {
  if (!health) {
    return;
  }
  setHealth('scs-health', health.scs_ready ? 'healthy' : 'unhealthy');
  setHealth('dionice-health', health.dionice_ready ? 'healthy' : 'unhealthy');
  setHealth('qdash-health', health.qdash_ready ? 'healthy' : 'unhealthy');
  setHealth('database-health', health.database_ready ? 'healthy' : 'unhealthy');
  setHealth('redis-health', health.redis_ready ? 'healthy' : 'unhealthy');
  renderWorkerCount(health.live_workers);
}

/**
 * Live worker count, from the status or from the workers panel's heartbeats. The API counts
 * SCS ready exactly when a worker is live, so its dot follows the count between status checks.
 */
export function renderWorkerCount(count) {
  setHealth('workers-health', count > 0 ? 'healthy' : 'unhealthy');
  setHealth('scs-health', count > 0 ? 'healthy' : 'unhealthy');
  setText('live-workers', `${count} live worker${count === 1 ? '' : 's'}`);
}

function renderBackend(info) {
  if (!info) {
    return;
  }
  const type = byId('backend-type');
  type.textContent = info.is_simulator ? 'SIMULATOR' : 'QPU';
  type.classList.toggle('qpu', !info.is_simulator);
  setText('backend-name', info.name);
  setText('backend-qubits', `${info.num_qubits} qubits${info.mode ? ` (${info.mode})` : ''}`);
}

/** Service facts: what /api/health measured just now, instead of the original's fixed claims. */
export function renderHealthReport(report, now = Date.now()) {
  const { database, redis, workers, kernel } = report.checks ?? {};
  const started = report.uptime_s != null ? new Date(now - report.uptime_s * 1000) : null;
  replaceChildren(
    byId('service-facts'),
    factRows([
      ['Service', `${report.status ?? NONE} · ${report.service ?? ''} ${report.version ?? ''}`],
      [
        'Up since',
        started ? `${started.toLocaleString()} (${age(started.toISOString(), now)})` : NONE,
      ],
      ['PostgreSQL', dependencyText(database)],
      ['Redis', dependencyText(redis)],
      ['Workers', workers ? `${workers.status}, ${workers.live} live` : NONE],
      ['DioniceKernel', kernel ? `${kernel.status}: ${kernel.detail}` : NONE],
    ]),
  );
}

function dependencyText(check) {
  if (!check) {
    return NONE;
  }
  const latency = `${fixed(check.latency_ms, 1)} ms`;

  return check.status === 'up' ? `up, ${latency}` : `down (${check.error ?? 'no answer'})`;
}
