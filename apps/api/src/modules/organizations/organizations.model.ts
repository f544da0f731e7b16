import { Field, InputType, ObjectType } from '@nestjs/graphql';

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
