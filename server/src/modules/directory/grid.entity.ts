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

/** 网格: a node of the district's three-level grid tree (docs/roles-and-scope.md#the-organisation). */
@Entity('grid')
@Check('grid_level_check', '"level" BETWEEN 1 AND 3')
@Index('grid_path_idx', { synchronize: false })
export class Grid {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Index('grid_code_key', { unique: true })
  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'smallint' })
  level: number;

  @Index('grid_parent_idx')
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Grid, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'grid_parent_fk' })
  parent?: Grid;

  /** Ids from the root to this node, itself included: subtree queries are `path @> ARRAY[id]`. */
  @Column({ type: 'uuid', array: true })
  path: string[];

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}
