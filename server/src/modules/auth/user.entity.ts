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
import { Department } from '../directory/department.entity.js';
import { Enterprise } from '../directory/enterprise.entity.js';
import { Grid } from '../directory/grid.entity.js';
import { ROLES, type Role } from '@gridbridge/shared';

/**
 * An account. Staff belong to a department (or to the office, with no department); enterprise
 * accounts to an enterprise; grid heads to a grid.
 */
@Entity('app_user')
@Index('app_user_created_idx', ['createdAt', 'id'])
@Check('app_user_roles_check', `"roles" <@ ARRAY[${ROLES.map((r) => `'${r}'`).join(', ')}]::text[]`)
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  username: string;

  @Column({ type: 'text', unique: true, nullable: true })
  mobile: string | null;

  /** Where e-mail notifications go; staff mostly, optional for everyone. */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash: string;

  @Column({ type: 'text', array: true })
  roles: Role[];

  @Index('app_user_department_idx')
  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'app_user_department_fk' })
  department?: Department;

  @Column({ name: 'grid_id', type: 'uuid', nullable: true })
  gridId: string | null;

  @ManyToOne(() => Grid, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'grid_id', foreignKeyConstraintName: 'app_user_grid_fk' })
  grid?: Grid;

  @Column({ name: 'enterprise_id', type: 'uuid', nullable: true })
  enterpriseId: string | null;

  @ManyToOne(() => Enterprise, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enterprise_id', foreignKeyConstraintName: 'app_user_enterprise_fk' })
  enterprise?: Enterprise;

  /** The enterprise account that manages the enterprise's other accounts. */
  @Column({ name: 'enterprise_manager', type: 'boolean', default: false })
  enterpriseManager: boolean;

  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword: boolean;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}
