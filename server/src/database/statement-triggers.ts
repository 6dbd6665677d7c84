import type { QueryRunner } from 'typeorm';

/** What a statement-level trigger of each event sees of the statement's rows (transition tables). */
const EVENTS = [
  ['insert', 'NEW TABLE AS new_rows'],
  ['update', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
  ['delete', 'OLD TABLE AS old_rows'],
] as const;

/**
 * Runs the trigger function `name()` once after each INSERT, UPDATE and DELETE statement on
 * `table`, with the statement's rows as `new_rows` and `old_rows`: the triggers `<name>_insert`,
 * `<name>_update` and `<name>_delete`. The figures kept ahead of time (the condition statistics)
 * add up a whole statement's rows at once this way, instead of a row at a time.
 */
export async function createStatementTriggers(
  queryRunner: QueryRunner,
  table: string,
  name: string,
): Promise<void> {
  for (const [event, tables] of EVENTS) {
    await queryRunner.query(`CREATE TRIGGER ${name}_${event} AFTER ${event.toUpperCase()}
      ON ${table} REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`);
  }
}

/** Drops what createStatementTriggers made on `table`, and the function `name()`. */
export async function dropStatementTriggers(
  queryRunner: QueryRunner,
  table: string,
  name: string,
): Promise<void> {
  for (const [event] of EVENTS) await queryRunner.query(`DROP TRIGGER ${name}_${event} ON ${table}`);
  await queryRunner.query(`DROP FUNCTION ${name}()`);
}
