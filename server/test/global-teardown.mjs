import { rm } from 'node:fs/promises';

export default async function globalTeardown() {
  await globalThis.__GB_STOP_PG__?.();
  if (process.env.GB_TEST_DATA_DIR) await rm(process.env.GB_TEST_DATA_DIR, { recursive: true, force: true });
}
