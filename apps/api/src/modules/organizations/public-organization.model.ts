import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('PublicOrganization', {
  description:
    'What an organization publishes about itself for families who are not signed in: its public intake page and its place in the Parent Center directory. Published organizations only.',
})
export class PublicOrganizationModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The public page is at /o/<slug>.' })
  slug: string;

  @Field()
  name: string;

  @Field({ description: 'parent_center or advocacy_practice.' })
  kind: string;

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
