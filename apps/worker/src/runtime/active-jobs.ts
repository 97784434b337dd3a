import { Injectable } from '@nestjs/common';

/** The job ids this process is running right now, for its heartbeat. */
@Injectable()
export class ActiveJobs {
  private readonly ids = new Set<string>();

  add(jobId: string): void {
    this.ids.add(jobId);
  }

  delete(jobId: string): void {
    this.ids.delete(jobId);
  }

  list(): string[] {
    return [...this.ids];
  }
}
