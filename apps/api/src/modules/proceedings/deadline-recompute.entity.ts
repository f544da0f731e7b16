import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Progress of the recompute for one rules-data version: a cursor over (organization,
 * proceeding) in id order, moved in the same transaction as each proceeding's recompute, so
 * a run that stops resumes after the last proceeding it finished. Global by design: the job
 * walks every organization, and the row holds ids and counts, no family's data.
 */
@Entity({ name: 'deadline_recomputes' })
export class DeadlineRecomputeEntity {
  @PrimaryColumn('text')
  rulesVersion: string;

  @Column('uuid', { nullable: true })
  afterOrganization: string | null;

  @Column('uuid', { nullable: true })
  afterProceeding: string | null;

  @Column('int', { default: 0 })
  proceedings: number;

  @Column('int', { default: 0 })
  changed: number;

  @Column('timestamptz', { default: () => 'now()' })
  startedAt: Date;

  @Column('timestamptz', { default: () => 'now()' })
  updatedAt: Date;

  @Column('timestamptz', { nullable: true })
  finishedAt: Date | null;
}
