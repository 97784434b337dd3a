import { prepareTemplate } from './test-infra';

/** Runs once before the integration and browser tests: a freshly migrated template database. */
export default async function globalSetup(): Promise<void> {
  await prepareTemplate();
}
