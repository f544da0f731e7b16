import { Column, CreateDateColumn, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The key of a tenant-owned row: the organization first, then the row's own id, so every key
 * and every foreign key between tenant tables is led by `organization_id` (row-level
 * security, and the distribution key of docs/scale.md).
 */
export abstract class TenantRow {
  @PrimaryColumn('uuid')
  organizationId: string;

  @PrimaryColumn('uuid')
  id: string;
}

/** A tenant row that keeps when it was made and last changed. */
export abstract class TenantRecord extends TenantRow {
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A record of one case: a meeting, a communication, a note, a task, a service. */
export abstract class CaseRecord extends TenantRecord {
  @Column('uuid')
  caseId: string;
}
