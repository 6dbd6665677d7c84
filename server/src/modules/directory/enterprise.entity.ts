import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import {
  ENTERPRISE_SCALE_CODES,
  ENTERPRISE_STATUS_CODES,
  INDUSTRY_CODES,
  type EnterpriseScale,
  type EnterpriseStatus,
  type IndustrySection,
} from '@gridbridge/shared';
import { oneOf } from '../../database/checks.js';
import { Grid } from './grid.entity.js';

/**
 * 企业/商户 (docs/roles-and-scope.md#the-organisation). `grid_path` repeats the grid's path so that "enterprises of this grid
 * subtree" is one indexed condition at a million rows; moving a grid rewrites it.
 * Every filter of the directory screen has an index (see the migration).
 */
@Entity('enterprise')
@Check('enterprise_industry_check', oneOf('industry', INDUSTRY_CODES))
@Check('enterprise_scale_check', oneOf('scale', ENTERPRISE_SCALE_CODES))
@Check('enterprise_status_check', oneOf('status', ENTERPRISE_STATUS_CODES))
@Index('enterprise_created_idx', ['createdAt', 'id'])
@Index('enterprise_name_idx', ['name', 'id'])
@Index('enterprise_industry_idx', ['industry', 'createdAt', 'id'])
@Index('enterprise_scale_idx', ['scale', 'createdAt', 'id'])
@Index('enterprise_status_idx', ['status', 'createdAt', 'id'])
@Index('enterprise_grid_path_idx', { synchronize: false })
@Index('enterprise_name_grams_idx', { synchronize: false })
export class Enterprise {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'credit_code', type: 'char', length: 18, unique: true })
  creditCode: string;

  @Column({ name: 'legal_representative', type: 'text' })
  legalRepresentative: string;

  @Column({ type: 'char', length: 1 })
  industry: IndustrySection;

  @Column({ type: 'text' })
  scale: EnterpriseScale;

  @Column({ type: 'text', default: 'ACTIVE' })
  status: EnterpriseStatus;

  @Column({ type: 'text' })
  address: string;

  @Index('enterprise_grid_idx')
  @Column({ name: 'grid_id', type: 'uuid' })
  gridId: string;

  @ManyToOne(() => Grid, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'grid_id', foreignKeyConstraintName: 'enterprise_grid_fk' })
  grid?: Grid;

  @Column({ name: 'grid_path', type: 'uuid', array: true })
  gridPath: string[];

  @Column({ name: 'contact_name', type: 'text' })
  contactName: string;

  @Column({ name: 'contact_phone', type: 'text' })
  contactPhone: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}
