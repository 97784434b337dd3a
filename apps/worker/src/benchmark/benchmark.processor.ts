import { Inject, Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';

import { BenchmarkJobData, BenchmarkJobParams, EventPublisher, QueueName } from '@qdash/common';

import type { BenchmarkJobResult } from '../kernel/benchmark-run';
import { KernelSession } from '../kernel/kernel-session';
import type { StepRecord } from '../kernel/step-record';
import { JobProcessor, ProcessOutcome, WORKER_ID } from '../runtime/job-processor';
import { ClaimedJob, JobStoreRepository } from '../store/job-store.repository';

/**
 * Runs benchmark jobs: one configuration measured for real (stored with its ψ/ρ/ω as the job's
 * single history point), or the original's eight-configuration VQE suite.
 */
@Injectable()
export class BenchmarkProcessor implements JobProcessor<BenchmarkJobData> {
  readonly queue = QueueName.Benchmark;

  constructor(
    private readonly store: JobStoreRepository,
    private readonly events: EventPublisher,
    @Inject(WORKER_ID) private readonly workerId: string,
  ) {}

  async process(job: Job<BenchmarkJobData>): Promise<ProcessOutcome> {
    const claimed = await this.store.claim(job.data.jobId, this.workerId);
    if (!claimed) {
      return { steps: 0, ending: 'already-finished' };
    }
    await this.events.publish(claimed.events);

    const params = claimed.job.params as unknown as BenchmarkJobParams;
    const session = new KernelSession();
    let result: BenchmarkJobResult;
    try {
      ({ result } = await session.request({ kind: 'run-benchmark', params }, 'benchmark'));
    } finally {
      await session.close();
    }

    return this.storeResult(claimed.job, result);
  }

  private async storeResult(job: ClaimedJob, result: BenchmarkJobResult): Promise<ProcessOutcome> {
    let steps = 0;
    if (result.performance) {
      const write = await this.store.storeSteps(job, [pointOf(job, result)], null);
      await this.events.publish(write.events);
      steps = 1;
    }

    const completed = await this.store.complete(job.id, result);
    if (!completed) {
      return { steps, ending: 'already-finished' };
    }
    await this.events.publish(completed);

    return { steps, ending: 'completed' };
  }
}

function pointOf(job: ClaimedJob, result: BenchmarkJobResult): StepRecord {
  const { psi, rho, omega } = result.performance!;

  return {
    step: 1,
    ts: Date.now(),
    psi,
    rho,
    omega,
    algorithm: job.algorithm,
    j: psi * rho * omega,
    resonance_score: psi,
    accepted: true,
    regime_switch: false,
    notes: '',
    detail: { benchmark: result.report },
  };
}
