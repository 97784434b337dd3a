import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import { createApi } from '../../apps/api/src/create-api';
import type { TestEnvironment } from './test-environment';

/** An API running inside the test process, listening on a free port. */
export async function startInProcessApi(
  environment: TestEnvironment,
  overrides: Record<string, string> = {},
): Promise<{ app: NestFastifyApplication; url: string }> {
  const app = await createApi(environment.config(overrides), false);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return { app, url: `http://127.0.0.1:${port}` };
}
