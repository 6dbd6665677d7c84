import { QueryFailedError } from 'typeorm';

/** The unique constraint or index a failed INSERT/UPDATE ran into, if that is why it failed. */
export function violatedUnique(error: unknown): string | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' ? (driverError.constraint ?? '') : null;
}
