import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Grid } from './grid.entity.js';

/** 企业/商户: an enterprise of the district (SPEC §2); the directory issue adds its other fields. */
@Entity('enterprise')
export class Enterprise {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'credit_code', type: 'char', length: 18, unique: true })
  creditCode: string;

  @Index('enterprise_grid_idx')
  @Column({ name: 'grid_id', type: 'uuid', nullable: true })
  gridId: string | null;

  @ManyToOne(() => Grid, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'grid_id', foreignKeyConstraintName: 'enterprise_grid_fk' })
  grid?: Grid;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
