import { randomBytes, randomUUID } from 'node:crypto';
import {
  currentQuestionnaireVersion,
  type IntakeFieldError,
  validateIntakeAnswers,
} from '@continuum/rules';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import type { AppConfig } from '../../platform/config/config';
import { APP_CONFIG } from '../../platform/config/config.module';
import { Clock } from '../../platform/clock/clock';
import type { Actor, RequestContext } from '../../platform/context/request-context';
import { UnitOfWork } from '../../platform/database/unit-of-work';
import { CommonErrors } from '../../platform/errors/domain-error';
import { JobQueue } from '../../platform/jobs/job-queue';
import { MailService } from '../../platform/mail/mail.service';
import { AuditService } from '../audit/audit.service';
import { FamiliesService } from '../families/families.service';
import { LANGUAGES, type PrimaryLanguage, type StudentPlanType } from '../families/family.entity';
import { IdentityErrors } from '../identity/identity.errors';
import { hashToken, type IssuedSession, IdentityService } from '../identity/identity.service';
import { MembershipEntity } from '../identity/membership.entity';
import { assertAcceptablePassword, hashPassword } from '../identity/password-hasher';
import { UserEntity } from '../identity/user.entity';
import { MembersErrors } from '../members/members.errors';
import { IntakesErrors } from '../intakes/intakes.errors';
import { IntakesService } from '../intakes/intakes.service';
import type { PublicOrganizationModel } from '../organizations/public-organization.model';
import { PublicOrganizationsService } from '../organizations/public-organizations.service';
import { SignUpRequestEntity, SignUpTokenEntity } from './sign-up-request.entity';
import { SignUpErrors } from './sign-up.errors';
import { accountExistsMail, confirmSignUpMail } from './sign-up.mails';
import type { RequestHelpInput } from './sign-up.model';
import { SignUpThrottle } from './sign-up-throttle';

/** How long a confirmation link works; after it the pending sign-up is swept away. */
export const SIGN_UP_LINK_HOURS = 24;
export const SIGN_UP_SWEEP_QUEUE = 'sign-ups.sweep';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const NAME_MAX = 200;

export interface ConfirmedSignUp {
  session: IssuedSession;
  intakeId: string;
  organization: PublicOrganizationModel;
}

function requireText(value: string, field: string, error: () => Error): string {
  const trimmed = value.trim();
  if (!trimmed) throw error();
  if (trimmed.length > NAME_MAX)
    throw CommonErrors.invalidInput(
      field,
      'TEXT_TOO_LONG',
      `Enter at most ${NAME_MAX} characters.`,
      { max: NAME_MAX },
    );
  return trimmed;
}

/** The student's plan: the questionnaire may say "not sure", which a student records as none. */
function planTypeOf(answers: Record<string, unknown>): StudentPlanType {
  const plan = answers.plan_type;
  return plan === 'iep' || plan === '504' ? plan : 'none';
}

/**
 * "Save my answers and get help": a family who used the public guidance asks a published
 * organization for help. Nothing exists until the email is confirmed: the request stores a
 * pending sign-up in the chosen organization and mails a single-use link; confirming creates
 * the account, the family, the child and the submitted intake in one transaction.
 */
@Injectable()
export class SignUpService implements OnModuleInit {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly organizations: PublicOrganizationsService,
    private readonly identity: IdentityService,
    private readonly families: FamiliesService,
    private readonly intakes: IntakesService,
    private readonly throttle: SignUpThrottle,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly jobs: JobQueue,
    private readonly logger: PinoLogger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register(SIGN_UP_SWEEP_QUEUE, async () => {
      await this.sweepExpired();
    });
    this.jobs.schedule({ queue: SIGN_UP_SWEEP_QUEUE, cron: '17 * * * *', tz: 'UTC' });
  }

  /**
   * Answers the same whatever the address: a new one gets a confirmation link, a known one a
   * mail offering sign-in and a password reset (nothing is created), and a filled honeypot
   * nothing at all. The password is hashed in every case, so the time taken tells nothing.
   */
  async requestHelp(ctx: RequestContext, input: RequestHelpInput): Promise<void> {
    const email = input.email.trim();
    if (!email) throw IdentityErrors.emailRequired();
    if (!EMAIL.test(email) || email.length > 320) throw IdentityErrors.emailInvalid();
    const manager = await this.unitOfWork.manager(ctx);
    // Counted before anything else is checked, the honeypot included: a script is slowed
    // down whatever it sends.
    await this.throttle.take(manager, email, ctx.ipAddress);
    if (input.honeypot?.trim()) {
      this.logger.info({ requestId: ctx.requestId }, 'sign-up honeypot filled; nothing done');
      return;
    }
    const name = requireText(input.name, 'name', () => MembersErrors.nameRequired());
    const childName = requireText(input.childName, 'childName', SignUpErrors.childNameRequired);
    const lang = this.requireLang(input.lang);
    if (!input.password) throw IdentityErrors.passwordRequired();
    assertAcceptablePassword(input.password, email);
    const organization = await this.organizations.bySlug(ctx, input.organizationSlug ?? '');
    if (!organization) throw SignUpErrors.organizationRequired();

    // The request acts in the chosen organization from here: the pending sign-up and the mail
    // are its rows (row-level security), and today is the day in its time zone.
    await this.unitOfWork.setActor(ctx, this.system(organization.id));
    const answers = await this.checkedAnswers(ctx, input.answers, lang);
    const passwordHash = await hashPassword(input.password);

    const known = await manager
      .createQueryBuilder(UserEntity, 'u')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
    if (known) {
      await this.mail.enqueue(ctx, {
        to: known.email,
        template: 'sign_up_account_exists',
        priority: 'account',
        organizationId: organization.id,
        ...accountExistsMail(
          lang,
          organization.name,
          `${this.config.portalUrl}${lang === 'es' ? '/es' : ''}/sign-in`,
          `${this.config.portalUrl}${lang === 'es' ? '/es' : ''}/reset-password`,
        ),
      });
      return;
    }

    const id = randomUUID();
    const token = randomBytes(32).toString('base64url');
    await manager.insert(SignUpRequestEntity, {
      organizationId: organization.id,
      id,
      email,
      name,
      childName,
      lang,
      passwordHash,
      questionnaireVersion: currentQuestionnaireVersion,
      answers: answers as Record<string, never>,
      expiresAt: new Date(this.clock.now().getTime() + SIGN_UP_LINK_HOURS * 3_600_000),
    });
    await manager.insert(SignUpTokenEntity, {
      tokenHash: hashToken(token),
      organizationId: organization.id,
      signUpId: id,
    });
    const prefix = lang === 'es' ? '/es' : '';
    await this.mail.enqueue(ctx, {
      to: email,
      template: 'sign_up_confirm',
      priority: 'account',
      organizationId: organization.id,
      ...confirmSignUpMail(
        lang,
        name,
        organization.name,
        `${this.config.portalUrl}${prefix}/sign-up/confirm?token=${token}`,
        SIGN_UP_LINK_HOURS,
      ),
    });
    await this.audit.record(ctx, 'sign_up.request', { type: 'SignUpRequest', id });
  }

  /**
   * Uses up a confirmation link: in the request's one transaction, the account (its email
   * now verified), a PARENT membership in the chosen organization, the family and child, and
   * the intake submitted through IntakesService exactly as a signed-in parent submits one
   * (recommendation, urgency, warnings, the advocates' mail). The parent ends signed in.
   */
  async confirm(ctx: RequestContext, token: string): Promise<ConfirmedSignUp> {
    const manager = await this.unitOfWork.manager(ctx);
    const entry = token
      ? await manager.findOneBy(SignUpTokenEntity, { tokenHash: hashToken(token) })
      : null;
    if (!entry) throw SignUpErrors.linkInvalid();
    // The token names the organization: act inside it (row-level security).
    await this.unitOfWork.setActor(ctx, this.system(entry.organizationId));
    const request = await manager
      .createQueryBuilder(SignUpRequestEntity, 'r')
      .addSelect('r.passwordHash')
      .where('r.organization_id = :organizationId AND r.id = :id', {
        organizationId: entry.organizationId,
        id: entry.signUpId,
      })
      .setLock('pessimistic_write')
      .getOne();
    if (!request) throw SignUpErrors.linkInvalid();
    if (request.expiresAt.getTime() <= this.clock.now().getTime())
      throw SignUpErrors.linkExpired(SIGN_UP_LINK_HOURS);
    const published = (await this.organizations.list(ctx, null)).find(
      (o) => o.id === request.organizationId,
    );
    // An organization that switched its page off takes no new families this way.
    if (!published) throw SignUpErrors.linkInvalid();
    const known = await manager
      .createQueryBuilder(UserEntity, 'u')
      .where('lower(u.email) = lower(:email)', { email: request.email })
      .getOne();
    if (known) throw SignUpErrors.accountExists();

    const userId = randomUUID();
    await this.unitOfWork.setActor(ctx, { ...this.system(request.organizationId), userId });
    await manager.insert(UserEntity, {
      id: userId,
      email: request.email,
      name: request.name,
      passwordHash: request.passwordHash,
      emailVerifiedAt: this.clock.now(),
    });
    await manager.insert(MembershipEntity, {
      organizationId: request.organizationId,
      id: randomUUID(),
      userId,
      role: 'PARENT',
    });
    // Single use: the token row goes with the request (ON DELETE CASCADE).
    await manager.delete(SignUpRequestEntity, {
      organizationId: request.organizationId,
      id: request.id,
    });

    const session = await this.identity.startSession(ctx, userId, request.organizationId);
    const family = await this.families.createFamily(ctx, {
      name: request.name,
      primaryLanguage: request.lang,
    });
    const student = await this.families.createStudent(ctx, {
      familyId: family.id,
      name: request.childName,
      state: typeof request.answers.state === 'string' ? request.answers.state : '',
      planType: planTypeOf(request.answers),
    });
    const draft = await this.intakes.saveDraft(ctx, {
      familyId: family.id,
      studentId: student.id,
      lang: request.lang,
      answers: request.answers,
    });
    const intake = await this.intakes.submit(ctx, draft.id);
    await this.audit.record(ctx, 'sign_up.confirm', { type: 'User', id: userId });
    return { session, intakeId: intake.id, organization: published };
  }

  /** Deletes every pending sign-up whose link has expired, organization by organization. */
  async sweepExpired(): Promise<number> {
    const now = this.clock.now();
    const organizationIds = await this.unitOfWork.run(null, async (manager) =>
      (await manager.query<{ id: string }[]>('SELECT id FROM app_organization_clocks()')).map(
        (row) => row.id,
      ),
    );
    let removed = 0;
    for (const organizationId of organizationIds) {
      removed += await this.unitOfWork.run(this.system(organizationId), async (manager) => {
        const result = await manager
          .createQueryBuilder()
          .delete()
          .from(SignUpRequestEntity)
          .where('organization_id = :organizationId AND expires_at <= :now', {
            organizationId,
            now,
          })
          .execute();
        return result.affected ?? 0;
      });
    }
    if (removed) this.logger.info({ removed }, 'expired sign-ups deleted');
    return removed;
  }

  private async checkedAnswers(
    ctx: RequestContext,
    answers: unknown,
    lang: PrimaryLanguage,
  ): Promise<Record<string, unknown>> {
    const today = await this.clock.today(ctx);
    const checked = validateIntakeAnswers(currentQuestionnaireVersion, answers, { lang, today });
    if (checked.ok) return checked.value as unknown as Record<string, unknown>;
    const errorsIn = (l: 'en' | 'es'): IntakeFieldError[] => {
      const again = validateIntakeAnswers(currentQuestionnaireVersion, answers, { lang: l, today });
      return again.ok ? [] : [...again.errors];
    };
    throw IntakesErrors.invalidAnswers(checked.errors, { en: errorsIn('en'), es: errorsIn('es') });
  }

  private requireLang(value: string): PrimaryLanguage {
    if (!(LANGUAGES as readonly string[]).includes(value))
      throw CommonErrors.invalidInput(
        'lang',
        'LANGUAGE_INVALID',
        'Choose English (en) or Spanish (es).',
      );
    return value as PrimaryLanguage;
  }

  /** A signed-out request (or the sweep) acting in an organization: no user, no role. */
  private system(organizationId: string): Actor {
    return { userId: '', sessionId: null, organizationId, role: null };
  }
}
