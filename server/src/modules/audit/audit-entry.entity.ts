import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * 审计日志: one append-only entry (audit.service.ts explains the scheme). The application writes
 * the entry with `mac`, its signature over the content and the id; the sealer later sets `seq`,
 * `prev_hash` and `hash` once, linking it into the chain. `details` is JSON kept as text so that
 * the signed bytes are exactly the stored bytes.
 */
@Entity('audit_log')
@Index('audit_log_target_idx', ['targetType', 'targetId', 'id'])
@Index('audit_log_seq_key', ['seq'], { unique: true })
@Index('audit_log_unsealed_idx', ['id'], { where: '"seq" IS NULL' })
export class AuditEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_name', type: 'text', nullable: true })
  actorName: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'target_type', type: 'text', nullable: true })
  targetType: string | null;

  @Column({ name: 'target_id', type: 'text', nullable: true })
  targetId: string | null;

  @Column({ type: 'text', nullable: true })
  ip: string | null;

  @Column({ name: 'user_agent', type: 'text', nullable: true })
  userAgent: string | null;

  @Column({ type: 'text', nullable: true })
  details: string | null;

  /** HMAC of the entry, written with it; null only on entries from before signing (legacy prefix). */
  @Column({ type: 'text', nullable: true })
  mac: string | null;

  /** Position in the chain, 1, 2, 3 … in the order the sealer found the entries committed. */
  @Column({ type: 'bigint', nullable: true })
  seq: string | null;

  @Column({ name: 'prev_hash', type: 'text', nullable: true })
  prevHash: string | null;

  /** The chain link: covers `seq`, `prev_hash` and `mac`. Null until sealed. */
  @Column({ type: 'text', nullable: true })
  hash: string | null;
}
