import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { CASE_CATEGORY_CODES, type CaseCategory } from '@gridbridge/shared';
import { oneOf } from '../../database/checks.js';
import { Department } from '../directory/department.entity.js';

/** A matter (事项) of the dispatch catalogue (docs/dispatch.md): what it is about and who is responsible. */
@Entity('dispatch_matter')
@Check('dispatch_matter_category_check', oneOf('category', CASE_CATEGORY_CODES))
@Unique('dispatch_matter_name_unique', ['category', 'name'])
export class DispatchMatter {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  category: CaseCategory;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** Words that, found in a case's title or content, point to this matter. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  keywords: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}

/** A department responsible for a matter: exactly one LEAD (主办) per matter, any number of CO (协办). */
@Entity('dispatch_matter_department')
@Check('dispatch_matter_department_role_check', `"role" IN ('LEAD', 'CO')`)
@Index('dispatch_matter_one_lead', ['matterId'], { unique: true, where: `"role" = 'LEAD'` })
@Index('dispatch_matter_department_department_idx', ['departmentId'])
export class DispatchMatterDepartment {
  @PrimaryColumn({ name: 'matter_id', type: 'uuid' })
  matterId: string;

  @PrimaryColumn({ name: 'department_id', type: 'uuid' })
  departmentId: string;

  @Column({ type: 'text' })
  role: 'LEAD' | 'CO';

  @ManyToOne(() => DispatchMatter, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'matter_id', foreignKeyConstraintName: 'dispatch_matter_department_matter_fk' })
  matter?: DispatchMatter;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'dispatch_matter_department_department_fk' })
  department?: Department;
}
