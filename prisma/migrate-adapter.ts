import { randomUUID } from 'node:crypto';

import { PrismaPg } from '@prisma/adapter-pg';
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import pg from 'pg';

// PostgreSQL's internal `name` and `"char"` types, which the schema engine's introspection
// selects and the pg adapter cannot map. Their values already arrive as strings.
const INTERNAL_TEXT_OIDS = new Set([19, 18]);
const TEXT_OID = 25;

type QueryCallback = (error: Error | null, result: pg.QueryResult) => void;

function reportAsText(result: pg.QueryResult): pg.QueryResult {
  for (const field of result?.fields ?? []) {
    if (INTERNAL_TEXT_OIDS.has(field.dataTypeID)) {
      field.dataTypeID = TEXT_OID;
    }
  }

  return result;
}

/** A pg client whose results describe `name` and `"char"` columns as text. */
class MigrateClient extends pg.Client {
  // pg's query has many overloads; this one forwards every form and fixes the result types.
  override query(config: unknown, values?: unknown, callback?: unknown): never {
    if (typeof values === 'function') {
      callback = values;
      values = undefined;
    }
    const forward = super.query.bind(this) as (...args: unknown[]) => unknown;
    if (typeof callback === 'function') {
      const done = callback as QueryCallback;

      return forward(config, values, (error: Error | null, result: pg.QueryResult) =>
        done(error, error ? result : reportAsText(result)),
      ) as never;
    }
    const pending = forward(config, values) as Promise<pg.QueryResult> | undefined;

    return (
      pending && typeof pending.then === 'function' ? pending.then(reportAsText) : pending
    ) as never;
  }
}

function adapterFor(connectionString: string): PrismaPg {
  const pool = new pg.Pool({
    connectionString,
    Client: MigrateClient,
    max: 2,
    allowExitOnIdle: true,
  });

  return new PrismaPg(pool, { disposeExternalPool: true });
}

async function runAdmin(connectionString: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/**
 * The driver adapter the Prisma CLI's JavaScript schema engine migrates through. It differs from
 * the stock pg adapter in two ways: introspected internal types are reported as text, and the
 * shadow database really is a separate, uniquely named database that is dropped afterwards.
 */
export function createMigrateAdapter(
  connectionString: string,
): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: () => adapterFor(connectionString).connect(),
    connectToShadowDb: async (): Promise<SqlDriverAdapter> => {
      const name = `qdash_shadow_${randomUUID().replaceAll('-', '')}`;
      await runAdmin(connectionString, `CREATE DATABASE "${name}"`);
      const shadowUrl = new URL(connectionString);
      shadowUrl.pathname = `/${name}`;
      const adapter = await adapterFor(shadowUrl.toString()).connect();
      const closePool = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await closePool();
        await runAdmin(connectionString, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      };

      return adapter;
    },
  };
}
