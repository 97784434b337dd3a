import { UnrecoverableError } from 'bullmq';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

import type { KernelReply, KernelRequest } from './kernel-protocol';

type ReplyOf<K extends KernelReply['kind']> = Extract<KernelReply, { kind: K }>;

interface Waiter {
  resolve: (reply: KernelReply) => void;
  reject: (error: Error) => void;
}

/** The thread entry next to this file: `.js` when built, `.ts` when run through a loader. */
const THREAD_FILE = path.join(__dirname, `kernel-thread${path.extname(__filename)}`);

/** Thrown when the kernel rejects a job's parameters or state: retrying cannot help. */
export class KernelRejectedError extends UnrecoverableError {
  constructor(message: string, stack?: string) {
    super(message);
    this.name = 'KernelRejectedError';
    if (stack) {
      this.stack = stack;
    }
  }
}

/**
 * One kernel thread, used by one job at a time. Requests are answered in order, so the caller
 * may ask for the next batch of steps before it has stored the previous one, and the thread
 * computes while the main thread writes.
 */
export class KernelSession {
  private readonly thread: Worker;
  private readonly waiting: Waiter[] = [];
  private failure: Error | null = null;

  constructor() {
    this.thread = new Worker(THREAD_FILE, { execArgv: process.execArgv });
    this.thread.on('message', (reply: KernelReply) => this.waiting.shift()?.resolve(reply));
    this.thread.on('error', (error) => this.failAll(error));
    this.thread.on('exit', (code) =>
      this.failAll(new Error(`kernel thread exited with code ${code}`)),
    );
  }

  async request<K extends KernelReply['kind']>(
    request: KernelRequest,
    expected: K,
  ): Promise<ReplyOf<K>> {
    if (this.failure) {
      throw this.failure;
    }
    const reply = await new Promise<KernelReply>((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.thread.postMessage(request);
    });
    if (reply.kind === 'error') {
      throw reply.permanent
        ? new KernelRejectedError(reply.message, reply.stack)
        : new Error(reply.message);
    }
    if (reply.kind !== expected) {
      throw new Error(`kernel thread answered ${reply.kind} to ${request.kind}`);
    }

    return reply as ReplyOf<K>;
  }

  async close(): Promise<void> {
    this.failure ??= new Error('kernel session closed');
    await this.thread.terminate();
  }

  private failAll(error: Error): void {
    this.failure ??= error;
    this.waiting.splice(0).forEach((waiter) => waiter.reject(this.failure!));
  }
}
