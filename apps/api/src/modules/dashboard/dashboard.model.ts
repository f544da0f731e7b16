import type { ProceedingKind } from '@continuum/rules';
import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ProceedingKindEnum } from '../proceedings/proceedings.model';

@InputType()
export class DashboardFilterInput {
  @Field({ description: 'First day, YYYY-MM-DD.' })
  from: string;

  @Field({ description: 'Last day, YYYY-MM-DD (at most three years after `from`).' })
  to: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "One staff member's work; everyone's when left out (org admins). An advocate always sees their own.",
  })
  staffUserId?: string | null;
}

@ObjectType('DashboardMonthCount', { description: 'Contacts of one mode in one month.' })
export class DashboardMonthCountModel {
  @Field({ description: 'YYYY-MM.' })
  month: string;

  @Field({ description: 'phone, letter, electronic or meeting.' })
  mode: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('DashboardCount', { description: 'A count under a code the portal words.' })
export class DashboardCountModel {
  @Field({ description: 'A case stage, a proceeding kind or a case status.' })
  code: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('DashboardOutcome', {
  description:
    'Proceedings of one kind whose last event, in the range, left them in one outcome state.',
})
export class DashboardOutcomeModel {
  @Field(() => ProceedingKindEnum)
  kind: ProceedingKind;

  @Field({ description: 'The state it ended in: a code; show `stateLabel(lang)`.' })
  state: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('DashboardStaffLoad', { description: "A staff member's open cases and logged time." })
export class DashboardStaffLoadModel {
  @Field(() => ID)
  userId: string;

  @Field()
  name: string;

  @Field(() => Int)
  openCases: number;

  @Field(() => Int, { description: 'Minutes of contacts they made in the range.' })
  minutes: number;
}

@ObjectType('DashboardPeopleServed', {
  description:
    'People served (counted once each, as the annual report counts them) from the program year’s start to today, and over the same days a year earlier.',
})
export class DashboardPeopleServedModel {
  @Field(() => Int, { description: 'The program year that ends on September 30 of this year.' })
  programYear: number;

  @Field({ description: 'The last day counted (today), YYYY-MM-DD.' })
  through: string;

  @Field(() => Int)
  thisYear: number;

  @Field(() => Int)
  lastYear: number;
}

@ObjectType('Dashboard', { description: "The organization's work at a glance, for a date range." })
export class DashboardModel {
  @Field()
  from: string;

  @Field()
  to: string;

  @Field(() => ID, { nullable: true, description: 'Whose work; null for everyone’s.' })
  staffUserId: string | null;

  @Field(() => [DashboardMonthCountModel], {
    description:
      'Individual-assistance contacts per month and mode, as the annual report counts them.',
  })
  contactsByMonth: DashboardMonthCountModel[];

  @Field(() => DashboardPeopleServedModel)
  peopleServed: DashboardPeopleServedModel;

  @Field(() => [DashboardCountModel], { description: 'Open cases by stage.' })
  casesByStage: DashboardCountModel[];

  @Field(() => [DashboardCountModel], { description: 'Proceedings of open cases by kind.' })
  casesByPathway: DashboardCountModel[];

  @Field(() => [DashboardOutcomeModel], {
    description:
      'Cases resolved or closed (last changed in the range), by the furthest stage reached.',
  })
  outcomesByPathway: DashboardOutcomeModel[];

  @Field(() => Int, { description: 'Deadlines of open cases due today through six days from now.' })
  deadlinesThisWeek: number;

  @Field(() => Int, { description: 'Deadlines of open cases whose day has passed.' })
  deadlinesOverdue: number;

  @Field(() => [DashboardStaffLoadModel])
  staff: DashboardStaffLoadModel[];
}
