import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';

@InputType('SetOrganizationTimeZoneInput')
export class SetOrganizationTimeZoneInput {
  @Field({
    description:
      'An IANA time zone name, such as America/Los_Angeles. Errors name the field timeZone.',
  })
  timeZone: string;
}

@ObjectType('OrganizationPublicPage', {
  description:
    "The active organization's public intake page (/o/<slug>) and directory entry, as its members see it: published or not.",
})
export class OrganizationPublicPageModel {
  @Field(() => String, {
    nullable: true,
    description: 'The page is at /o/<slug>; null until chosen.',
  })
  slug: string | null;

  @Field({ description: 'Whether the page and the directory entry are published.' })
  enabled: boolean;

  @Field(() => [String], { description: 'Two-letter codes of the states it serves.' })
  statesServed: string[];

  @Field(() => [String])
  countiesServed: string[];

  @Field(() => [String], { description: 'Two-letter codes of the languages its staff speak.' })
  languages: string[];

  @Field(() => String, { nullable: true })
  contactPhone: string | null;

  @Field(() => String, { nullable: true })
  contactEmail: string | null;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true, description: '#rrggbb, for its embedded page.' })
  brandColor: string | null;
}

@InputType('UpdateOrganizationPublicPageInput', {
  description:
    'Changes to the public page. A field left out keeps its value; an empty text clears it. Each error names its field.',
})
export class UpdateOrganizationPublicPageInput {
  @Field(() => String, {
    nullable: true,
    description: 'Lower-case letters and digits in words joined by dashes, 3 to 60 characters.',
  })
  slug?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Publish (true) or switch off (false).' })
  enabled?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'Two-letter state codes, e.g. CA.' })
  statesServed?: string[] | null;

  @Field(() => [String], { nullable: true })
  countiesServed?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Two-letter language codes, e.g. en, es; at least one.',
  })
  languages?: string[] | null;

  @Field(() => String, { nullable: true })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'An https:// address.' })
  website?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true, description: '#rrggbb.' })
  brandColor?: string | null;
}

@ObjectType('ReportRules', {
  description:
    "The annual report's counting rules that the reference leaves open, as the organization set them.",
})
export class ReportRulesModel {
  @Field({ description: 'A multi-session event counts each attendee once for the whole event.' })
  multiSessionCountsOnce: boolean;

  @Field({
    description: 'Students and youth are included in the unduplicated count of people served.',
  })
  unduplicatedIncludesStudents: boolean;

  @Field({
    description:
      'Staff attending a meeting also counts as an individual-assistance meeting contact.',
  })
  meetingsCountAsContacts: boolean;
}

@ObjectType('OrganizationSettings', {
  description: "The active organization's own settings (org admins change them).",
})
export class OrganizationSettingsModel {
  @Field()
  name: string;

  @Field({ description: 'Advocates see every case of the organization, not only their own.' })
  advocatesSeeAllCases: boolean;

  @Field(() => Int, { description: 'Days before a deadline its reminder is sent (0 to 60).' })
  deadlineReminderDays: number;

  @Field(() => ReportRulesModel)
  reportRules: ReportRulesModel;
}

@InputType()
export class UpdateOrganizationSettingsInput {
  @Field(() => String, { nullable: true, description: 'The name members and families see.' })
  name?: string | null;

  @Field(() => Boolean, { nullable: true })
  advocatesSeeAllCases?: boolean | null;

  @Field(() => Int, { nullable: true, description: '0 to 60.' })
  deadlineReminderDays?: number | null;

  @Field(() => Boolean, { nullable: true })
  multiSessionCountsOnce?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  unduplicatedIncludesStudents?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  meetingsCountAsContacts?: boolean | null;
}
