import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { DEPARTMENT_KIND_CODES, type DepartmentKind } from '@gridbridge/shared';
import { oneOf } from '../../database/checks.js';

/** 职能部门: a district bureau, street office or utility that handles cases (docs/roles-and-scope.md#the-organisation). */
@Entity('department')
@Check('department_kind_check', oneOf('kind', DEPARTMENT_KIND_CODES))
export class Department {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  name: string;

  @Column({ name: 'short_name', type: 'text' })
  shortName: string;

  @Column({ type: 'text', default: 'DISTRICT_BUREAU' })
  kind: DepartmentKind;

  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone: string | null;

  /** Deactivated departments keep their history; they are never deleted while they hold cases. */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}
