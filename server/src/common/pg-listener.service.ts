import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';

type Handler = (payload: string) => void;

/**
 * PostgreSQL LISTEN/NOTIFY for this instance: one dedicated connection that hears what any
 * instance announced with `pg_notify` (a new notification, an edited calendar). A NOTIFY sent in
 * a transaction arrives only after it commits, so listeners never see what was rolled back.
 * The connection comes back after a failure; what was announced meanwhile is lost, so
 * handlers must treat a message as a hint and read the truth from the tables.
 */
@Injectable()
export class PgListener implements OnModuleInit, OnApplicationShutdown {
  readonly #logger = new Logger('PgListener');
  readonly #handlers = new Map<string, Handler[]>();
  #client: pg.Client | null = null;
  #stopped = false;

  constructor(private readonly db: DataSource) {}

  /** Calls `handler` with the payload of every NOTIFY on `channel` (a lower-case SQL identifier). */
  async listen(channel: string, handler: Handler): Promise<void> {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`Bad channel name ${channel}`);
    const handlers = this.#handlers.get(channel) ?? [];
    handlers.push(handler);
    this.#handlers.set(channel, handlers);
    if (handlers.length === 1 && this.#client) await this.#client.query(`LISTEN ${channel}`);
  }

  async onModuleInit(): Promise<void> {
    await this.#connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.#stopped = true;
    await this.#client?.end().catch(() => undefined);
  }

  async #connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: (this.db.options as { url?: string }).url,
      application_name: 'gridbridge-listener',
    });
    client.on('notification', ({ channel, payload }) => {
      for (const handler of this.#handlers.get(channel) ?? []) handler(payload ?? '');
    });
    client.on('error', (error) => {
      this.#logger.warn(`Listener connection lost: ${error.message}`);
      this.#client = null;
      void client.end().catch(() => undefined);
      if (!this.#stopped) setTimeout(() => void this.#connect().catch(() => undefined), 1000).unref();
    });
    await client.connect();
    for (const channel of this.#handlers.keys()) await client.query(`LISTEN ${channel}`);
    this.#client = client;
  }
}
