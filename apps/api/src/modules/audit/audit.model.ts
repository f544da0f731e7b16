import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';

@ObjectType('AuditEvent', { description: 'One entry of the append-only audit trail.' })
export class AuditEventModel {
  @Field(() => ID)
  id: string;

  @Field()
  occurredAt: Date;

  @Field(() => ID, { nullable: true })
  actorUserId: string | null;

  @Field(() => String, { nullable: true, description: 'The acting user’s name, when known.' })
  actorName: string | null;

  @Field()
  action: string;

  @Field(() => String, { nullable: true })
  subjectType: string | null;

  @Field(() => String, { nullable: true })
  subjectId: string | null;

  @Field(() => String, { nullable: true })
  ipAddress: string | null;

  @Field(() => String, { nullable: true })
  userAgent: string | null;

  @Field(() => GraphQLJSON)
  details: Record<string, unknown>;
}

@InputType('AuditEventFilter')
export class AuditEventFilter {
  @Field(() => [String], { nullable: true, description: 'Only these actions, e.g. auth.sign_in.' })
  actions?: string[] | null;

  @Field(() => ID, { nullable: true })
  actorUserId?: string | null;

  @Field(() => String, { nullable: true })
  subjectType?: string | null;

  @Field(() => String, { nullable: true })
  subjectId?: string | null;

  @Field(() => Date, { nullable: true, description: 'From this instant, inclusive.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before this instant.' })
  to?: Date | null;
}

@ObjectType('AuditEventPage')
export class AuditEventPage {
  @Field(() => [AuditEventModel])
  nodes: AuditEventModel[];

  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` for the next page; null on the last page.',
  })
  nextCursor: string | null;
}

export const AUDIT_PAGE_MAX = 200;
