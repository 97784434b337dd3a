// Entry point of a kernel thread: the CPU-bound calibration and benchmark work runs here, so
// the worker's event loop stays free to renew BullMQ locks and write to PostgreSQL.
import { parentPort } from 'node:worker_threads';

import { KernelInputError, KernelStateError, QsoInputError } from '@qdash/kernel';

import { runBenchmarkJob } from './benchmark-run';
import { CalibrationRun } from './calibration-run';
import type { KernelReply, KernelRequest } from './kernel-protocol';

let calibration: CalibrationRun | null = null;

function handle(request: KernelRequest): KernelReply {
  switch (request.kind) {
    case 'open-calibration':
      calibration = new CalibrationRun(request.params, request.checkpoint);

      return { kind: 'opened', stepsDone: calibration.stepsDone };
    case 'next-steps': {
      if (!calibration) {
        throw new KernelStateError('no calibration is open in this thread');
      }
      const steps = calibration.next(request.maxSteps, request.maxMs);

      return {
        kind: 'steps',
        steps,
        checkpoint: calibration.checkpoint(),
        summary: calibration.summary(),
      };
    }
    case 'run-benchmark':
      return { kind: 'benchmark', result: runBenchmarkJob(request.params) };
  }
}

parentPort?.on('message', (request: KernelRequest) => {
  let reply: KernelReply;
  try {
    reply = handle(request);
  } catch (error) {
    const failure = error as Error;
    const permanent =
      failure instanceof KernelInputError ||
      failure instanceof KernelStateError ||
      failure instanceof QsoInputError;
    reply = { kind: 'error', message: failure.message, stack: failure.stack, permanent };
  }
  parentPort?.postMessage(reply);
});
