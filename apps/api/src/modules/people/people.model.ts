import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { CommunicationMode } from '../case-logs/case-logs.entities';
import { CommunicationModeEnum } from '../case-logs/case-logs.model';

export const PersonRoleEnum = {
  parent: 'parent',
  professional: 'professional',
  student: 'student',
} as const;
registerEnumType(PersonRoleEnum, {
  name: 'PersonRole',
  description:
    'The annual report’s audiences: a parent, a professional or other, a student or youth.',
});

export const ContactModeEnum = {
  phone: 'phone',
  letter: 'letter',
  electronic: 'electronic',
  meeting: 'meeting',
} as const;
registerEnumType(ContactModeEnum, {
  name: 'ContactMode',
  description:
    'Individual assistance by phone, letter, email/text/other electronic means, or a meeting.',
});

export const DeliveryEnum = { in_person: 'in_person', virtual: 'virtual' } as const;
registerEnumType(DeliveryEnum, { name: 'Delivery' });

@ObjectType('Person', {
  description: 'Someone the organization served: one record however often they are in touch.',
})
export class PersonModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => PersonRoleEnum)
  role: keyof typeof PersonRoleEnum;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "A code of the organization's language list, 'declined' (prefers not to say), or null (not asked).",
  })
  primaryLanguage: string | null;

  @Field(() => ID, { nullable: true })
  familyId: string | null;

  @Field(() => ID, { nullable: true })
  userId: string | null;

  @Field(() => String, { nullable: true, description: 'The linked family’s name.' })
  familyName: string | null;

  @Field(() => String, { nullable: true, description: 'The linked account’s name.' })
  userName: string | null;

  @Field(() => Int, { description: 'Individual-assistance contacts with this person.' })
  contactCount: number;

  @Field(() => Date, { nullable: true, description: 'When the latest contact was.' })
  lastContactAt: Date | null;

  @Field()
  createdAt: Date;
}

@ObjectType('PersonTraining', { description: 'A training a person is on the roster of.' })
export class PersonTrainingModel {
  @Field(() => ID)
  trainingId: string;

  @Field()
  title: string;

  @Field(() => Date, { nullable: true, description: 'When its first session began.' })
  startsAt: Date | null;
}

@ObjectType('PersonCommunication', {
  description: 'An entry of a case’s communications log naming this person.',
})
export class PersonCommunicationModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  caseId: string;

  @Field({ description: 'The student the case is about.' })
  studentName: string;

  @Field({ description: 'YYYY-MM-DD.' })
  occurredOn: string;

  @Field(() => CommunicationModeEnum)
  mode: CommunicationMode;

  @Field()
  summary: string;
}

@ObjectType('Contact', { description: 'An individual-assistance contact (report Section I.B).' })
export class ContactModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  personId: string;

  @Field({ description: "The person's name." })
  personName: string;

  @Field(() => PersonRoleEnum, { description: 'The role the person acted in for this contact.' })
  role: keyof typeof PersonRoleEnum;

  @Field(() => ContactModeEnum)
  mode: keyof typeof ContactModeEnum;

  @Field(() => DeliveryEnum, {
    nullable: true,
    description: 'In person or virtual: meetings only.',
  })
  delivery: keyof typeof DeliveryEnum | null;

  @Field()
  occurredAt: Date;

  @Field(() => ID, { nullable: true })
  staffUserId: string | null;

  @Field(() => String, { nullable: true })
  staffName: string | null;

  @Field(() => [String], { description: "Codes of the organization's topic list." })
  topics: string[];

  @Field(() => Int, { nullable: true })
  minutes: number | null;

  @Field()
  notes: string;

  @Field()
  followUp: string;

  @Field(() => String, { nullable: true })
  followUpOn: string | null;

  @Field(() => ID, { nullable: true })
  caseId: string | null;
}

@ObjectType('PersonDuplicate', { description: 'Two records that may be the same person.' })
export class PersonDuplicateModel {
  @Field(() => PersonModel)
  first: PersonModel;

  @Field(() => PersonModel)
  second: PersonModel;

  @Field({ description: 'email, phone or name: what they share.' })
  reason: string;
}

@ObjectType('PersonMerge')
export class PersonMergeModel {
  @Field(() => PersonModel)
  person: PersonModel;

  @Field(() => Int, { description: 'Contacts, attendance and case communications moved.' })
  moved: number;
}

@InputType('NewPersonInput')
export class NewPersonInput {
  @Field()
  name: string;

  @Field(() => PersonRoleEnum, { nullable: true, defaultValue: 'parent' })
  role?: keyof typeof PersonRoleEnum;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  primaryLanguage?: string | null;

  @Field(() => ID, { nullable: true })
  familyId?: string | null;
}

@InputType('UpdatePersonInput')
export class UpdatePersonInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => PersonRoleEnum, { nullable: true })
  role?: keyof typeof PersonRoleEnum | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  primaryLanguage?: string | null;
}

@InputType('LogCallInput', {
  description: 'A phone call in three fields: who, their number, what it was about.',
})
export class LogCallInput {
  @Field({ description: "The caller's name." })
  name: string;

  @Field({ description: "The caller's phone number; an existing person with it is reused." })
  phone: string;

  @Field({ description: "A code of the organization's topic list." })
  topic: string;
}

@InputType('LogContactInput')
export class LogContactInput {
  @Field(() => ID, { nullable: true, description: 'An existing person, or give `newPerson`.' })
  personId?: string | null;

  @Field(() => NewPersonInput, { nullable: true })
  newPerson?: NewPersonInput | null;

  @Field(() => PersonRoleEnum, { nullable: true, description: "Defaults to the person's role." })
  role?: keyof typeof PersonRoleEnum | null;

  @Field(() => ContactModeEnum)
  mode: keyof typeof ContactModeEnum;

  @Field(() => DeliveryEnum, { nullable: true })
  delivery?: keyof typeof DeliveryEnum | null;

  @Field({ nullable: true, description: 'When; defaults to now.' })
  occurredAt?: Date;

  @Field(() => [String], { nullable: true })
  topics?: string[] | null;

  @Field(() => Int, { nullable: true })
  minutes?: number | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => String, { nullable: true })
  followUp?: string | null;

  @Field(() => String, { nullable: true })
  followUpOn?: string | null;

  @Field(() => ID, { nullable: true })
  caseId?: string | null;
}

@InputType('UpdateContactInput')
export class UpdateContactInput {
  @Field(() => ID)
  id: string;

  @Field(() => PersonRoleEnum, { nullable: true })
  role?: keyof typeof PersonRoleEnum | null;

  @Field(() => ContactModeEnum, { nullable: true })
  mode?: keyof typeof ContactModeEnum | null;

  @Field(() => DeliveryEnum, { nullable: true })
  delivery?: keyof typeof DeliveryEnum | null;

  @Field({ nullable: true })
  occurredAt?: Date;

  @Field(() => [String], { nullable: true })
  topics?: string[] | null;

  @Field(() => Int, { nullable: true })
  minutes?: number | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => String, { nullable: true })
  followUp?: string | null;
}
