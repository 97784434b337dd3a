import { OnApplicationShutdown } from '@nestjs/common';
import { Pool, PoolClient } from 'pg';

/**
 * Plain `pg` on the same database, for writes whose numbers must arrive exactly: Prisma 6.19's
 * client rounds doubles it sends (in Float columns and inside Json) to 16 significant digits
 * (prisma/prisma#22249), which would make a resumed calibration differ from an uninterrupted
 * one in the last bit. Reads through Prisma are exact.
 */
export class SqlPool implements OnApplicationShutdown {
  readonly pool: Pool;

  constructor(connectionString: string) {
    this.pool = new Pool({ connectionString, max: 10 });
  }

  /** Runs `work` in one transaction, rolled back if it throws. */
  async transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');

      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
