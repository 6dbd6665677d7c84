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
import type { ServicePointKind } from '@gridbridge/shared';
import { Grid } from './grid.entity.js';

/** 便民服务中心 (level-1 grid) or 便民服务站 (level-2 grid), listed on the portal (docs/roles-and-scope.md#the-organisation). */
@Entity('service_point')
@Check('service_point_kind_check', `"kind" IN ('CENTRE', 'STATION')`)
export class ServicePoint {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('service_point_grid_idx')
  @Column({ name: 'grid_id', type: 'uuid' })
  gridId: string;

  @ManyToOne(() => Grid, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'grid_id', foreignKeyConstraintName: 'service_point_grid_fk' })
  grid?: Grid;

  @Column({ type: 'text' })
  kind: ServicePointKind;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  address: string;

  @Column({ type: 'text' })
  phone: string;

  @Column({ name: 'opening_hours', type: 'text' })
  openingHours: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  services: string[];

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}
