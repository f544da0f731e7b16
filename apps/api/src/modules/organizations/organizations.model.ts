import { Field, InputType } from '@nestjs/graphql';

@InputType('SetOrganizationTimeZoneInput')
export class SetOrganizationTimeZoneInput {
  @Field({
    description:
      'An IANA time zone name, such as America/Los_Angeles. Errors name the field timeZone.',
  })
  timeZone: string;
}
