import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { PrimaryLanguage } from '../families/family.entity';

/**
 * A family's sign-up waiting for its email to be confirmed, in the organization it chose
 * (migration 1764600000000). Deleted when confirmed or once `expires_at` has passed.
 */
@Entity({ name: 'sign_up_requests' })
export class SignUpRequestEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' })
  organizationId: string;

  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  email: string;

  @Column('text')
  name: string;

  @Column('text', { name: 'child_name' })
  childName: string;

  @Column('text')
  lang: PrimaryLanguage;

  @Column('text', { name: 'password_hash', select: false })
  passwordHash: string;

  @Column('text', { name: 'questionnaire_version' })
  questionnaireVersion: string;

  @Column('jsonb')
  answers: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;
}

/** The confirmation link's token, hashed; global, because a link names no organization. */
@Entity({ name: 'sign_up_tokens' })
export class SignUpTokenEntity {
  @PrimaryColumn('bytea', { name: 'token_hash' })
  tokenHash: Buffer;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'sign_up_id' })
  signUpId: string;
}
