import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { PrimaryLanguage } from '../families/family.entity';
import { TenantRow } from '../../platform/database/tenant-row';

/**
 * A family's sign-up waiting for its email to be confirmed, in the organization it chose
 * (migration 1764600000000). Deleted when confirmed or once `expires_at` has passed.
 */
@Entity({ name: 'sign_up_requests' })
export class SignUpRequestEntity extends TenantRow {
  @Column('text')
  email: string;

  @Column('text')
  name: string;

  @Column('text')
  childName: string;

  @Column('text')
  lang: PrimaryLanguage;

  @Column('text', { select: false })
  passwordHash: string;

  @Column('text')
  questionnaireVersion: string;

  @Column('jsonb')
  answers: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz')
  expiresAt: Date;
}

/** The confirmation link's token, hashed; global, because a link names no organization. */
@Entity({ name: 'sign_up_tokens' })
export class SignUpTokenEntity {
  @PrimaryColumn('bytea')
  tokenHash: Buffer;

  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  signUpId: string;
}
