import { Injectable } from '@nestjs/common';

import { HistoryRepository } from '../history/history.repository';
import { HealthService } from '../health/health.service';
import { JobsRepository } from '../jobs/jobs.repository';

/** The original's SystemStatus, from stored data and real checks. */
export interface SystemStatus {
  algorithm: string | null;
  mode: string | null;
  psi: number | null;
  rho: number | null;
  omega: number | null;
  backend_health: {
    scs_ready: boolean;
    dionice_ready: boolean;
    qdash_ready: boolean;
    database_ready: boolean;
    redis_ready: boolean;
    live_workers: number;
  };
  backend_info: {
    provider: string;
    name: string;
    num_qubits: number;
    is_simulator: boolean;
    mode: string | null;
  };
  available_backends: string[];
  triton_status: null;
  last_update: string | null;
}

/** The simulator the kernel really runs: a 13-level Metatron system, in-process. */
const LOCAL_BACKEND = {
  provider: 'local',
  name: 'local_sim',
  num_qubits: 13,
  is_simulator: true,
  mode: null,
};

@Injectable()
export class StatusService {
  constructor(
    private readonly history: HistoryRepository,
    private readonly jobs: JobsRepository,
    private readonly health: HealthService,
  ) {}

  /**
   * ψ/ρ/ω come from the newest stored point (null before there is any); algorithm and mode
   * from whichever is newer, that point or the newest job. Health flags: SCS ready when a
   * worker is live, dioniceOS ready when the kernel passes its self-check, Q⊗DASH ready when
   * PostgreSQL and Redis answer.
   */
  async current(): Promise<SystemStatus> {
    const [report, point, job] = await Promise.all([
      this.health.report(),
      this.history.newest().catch(() => null),
      this.jobs.newest().catch(() => null),
    ]);
    const jobIsNewer = job !== null && (point === null || job.createdAt > point.ts);
    const labels = jobIsNewer ? job : point;
    const { database, redis, workers, kernel } = report.checks;
    const lastUpdate = jobIsNewer ? job.createdAt : point?.ts;

    return {
      algorithm: labels?.algorithm ?? null,
      mode: labels?.mode ?? null,
      psi: point?.psi ?? null,
      rho: point?.rho ?? null,
      omega: point?.omega ?? null,
      backend_health: {
        scs_ready: workers.status === 'up',
        dionice_ready: kernel.status === 'up',
        qdash_ready: database.status === 'up' && redis.status === 'up',
        database_ready: database.status === 'up',
        redis_ready: redis.status === 'up',
        live_workers: workers.live,
      },
      backend_info: { ...LOCAL_BACKEND },
      available_backends: [LOCAL_BACKEND.name],
      triton_status: null,
      last_update: lastUpdate?.toISOString() ?? null,
    };
  }
}
