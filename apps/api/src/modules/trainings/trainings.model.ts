import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DeliveryEnum, NewPersonInput, PersonRoleEnum } from '../people/people.model';

@ObjectType('TrainingSession')
export class TrainingSessionModel {
  @Field(() => ID)
  id: string;

  @Field()
  startsAt: Date;

  @Field(() => Int, { nullable: true })
  minutes: number | null;
}

@ObjectType('TrainingAttendee', {
  description: 'A named attendee, or a head count of one audience when names were not taken.',
})
export class TrainingAttendeeModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true })
  personId: string | null;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => PersonRoleEnum)
  role: keyof typeof PersonRoleEnum;

  @Field(() => Int)
  headcount: number;

  @Field({ description: 'roster, count or sign_in_sheet.' })
  source: string;
}

@ObjectType('Training', {
  description: 'A training or event the organization gave (report Section I.A).',
})
export class TrainingModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => DeliveryEnum)
  delivery: keyof typeof DeliveryEnum;

  @Field({
    description: 'Funded in whole or in part by the project: only these count in the report.',
  })
  funded: boolean;

  @Field(() => [String])
  topics: string[];

  @Field(() => [String])
  presenters: string[];

  @Field(() => [TrainingSessionModel])
  sessions: TrainingSessionModel[];

  @Field(() => [TrainingAttendeeModel])
  attendance: TrainingAttendeeModel[];

  @Field(() => Int, { description: 'Named attendees plus head counts.' })
  total: number;
}

@InputType('TrainingSessionInput')
export class TrainingSessionInput {
  @Field()
  startsAt: Date;

  @Field(() => Int, { nullable: true })
  minutes?: number | null;
}

@InputType('CreateTrainingInput')
export class CreateTrainingInput {
  @Field()
  title: string;

  @Field(() => DeliveryEnum)
  delivery: keyof typeof DeliveryEnum;

  @Field({ defaultValue: true })
  funded: boolean;

  @Field(() => [String], { nullable: true })
  topics?: string[] | null;

  @Field(() => [String], { nullable: true })
  presenters?: string[] | null;

  @Field(() => [TrainingSessionInput], { description: 'One or more sessions.' })
  sessions: TrainingSessionInput[];
}

@InputType('AddTrainingAttendeeInput')
export class AddTrainingAttendeeInput {
  @Field(() => ID)
  trainingId: string;

  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Field(() => NewPersonInput, { nullable: true })
  newPerson?: NewPersonInput | null;
}

@ObjectType('SignInSheetError', { description: 'A row of a sign-in sheet that could not be read.' })
export class SignInSheetErrorModel {
  @Field(() => Int, { description: 'The line of the file (the header is line 1).' })
  line: number;

  @Field({ description: 'The column: name, email, phone or role.' })
  field: string;

  @Field({ description: 'Why, as an error key the portal has words for.' })
  key: string;
}

@ObjectType('SignInSheetImport')
export class SignInSheetImportModel {
  @Field(() => Int, { description: 'Attendees added.' })
  added: number;

  @Field(() => Int, { description: 'Of those, people already on record (by email, then phone).' })
  matched: number;

  @Field(() => Int, { description: 'Of those, new people.' })
  created: number;

  @Field(() => Int, { description: 'Rows of people already on the roster.' })
  skipped: number;

  @Field(() => [SignInSheetErrorModel], {
    description: 'Rows that could not be read; when there are any, nothing was imported.',
  })
  errors: SignInSheetErrorModel[];

  @Field(() => TrainingModel)
  training: TrainingModel;
}

@ObjectType('OutreachActivity')
export class OutreachActivityModel {
  @Field(() => ID)
  id: string;

  @Field({ description: "A code of the organization's outreach list." })
  kind: string;

  @Field()
  occurredOn: string;

  @Field()
  description: string;

  @Field(() => Int)
  count: number;
}

@InputType('LogOutreachInput')
export class LogOutreachInput {
  @Field()
  kind: string;

  @Field({ description: 'YYYY-MM-DD.' })
  occurredOn: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int)
  count: number;
}
