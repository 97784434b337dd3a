import type { BenchmarkJobParams, CalibrationJobParams } from '@qdash/common';
import type { CalibrationSummary } from '@qdash/kernel';

import type { BenchmarkJobResult } from './benchmark-run';
import type { StepRecord } from './step-record';

/** Messages the worker's main thread sends to its kernel thread. */
export type KernelRequest =
  | { kind: 'open-calibration'; params: CalibrationJobParams; checkpoint: unknown }
  | { kind: 'next-steps'; maxSteps: number; maxMs: number }
  | { kind: 'run-benchmark'; params: BenchmarkJobParams };

/** Replies, one per request, in request order. */
export type KernelReply =
  | { kind: 'opened'; stepsDone: number }
  | { kind: 'steps'; steps: StepRecord[]; checkpoint: unknown; summary: CalibrationSummary }
  | { kind: 'benchmark'; result: BenchmarkJobResult }
  | { kind: 'error'; message: string; stack?: string; permanent: boolean };
