import path from 'node:path';

import { defineConfig } from 'prisma/config';

import { createMigrateAdapter } from './migrate-adapter';

// The JavaScript schema engine: no native engine download, so migrations work offline.
const databaseUrl = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/qdash';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join(__dirname, 'schema.prisma'),
  migrations: { path: path.join(__dirname, 'migrations') },
  adapter: () => Promise.resolve(createMigrateAdapter(databaseUrl)),
});
