import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '../auth/user.entity.js';
import { Enterprise } from './enterprise.entity.js';

/**
 * An enterprise account's claim to act for an enterprise: registered on the portal with the
 * credit code, pending until office staff approve it or reject it with a reason (docs/roles-and-scope.md#the-organisation).
 */
@Entity('enterprise_claim')
@Check('enterprise_claim_status_check', `"status" IN ('PENDING', 'APPROVED', 'REJECTED')`)
@Index('enterprise_claim_pending_idx', ['status', 'createdAt'])
export class EnterpriseClaim {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('enterprise_claim_user_idx')
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'enterprise_claim_user_fk' })
  user?: User;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @ManyToOne(() => Enterprise, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_id', foreignKeyConstraintName: 'enterprise_claim_enterprise_fk' })
  enterprise?: Enterprise;

  @Column({ type: 'text', default: 'PENDING' })
  status: 'PENDING' | 'APPROVED' | 'REJECTED';

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
