import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

@ObjectType('DistrictCalendar', {
  description: "A district's school year, so school-day deadlines compute.",
})
export class DistrictCalendarModel {
  @Field(() => ID)
  id: string;

  @Field()
  state: string;

  @Field()
  district: string;

  @Field({ description: 'YYYY-MM-DD.' })
  firstDay: string;

  @Field({ description: 'YYYY-MM-DD.' })
  lastDay: string;

  @Field(() => [String], { description: 'Weekdays without school (holidays, breaks).' })
  nonSchoolDays: string[];
}

@InputType('SaveDistrictCalendarInput')
export class SaveDistrictCalendarInput {
  @Field(() => ID, { nullable: true, description: 'Set to change a stored calendar.' })
  calendarId?: string | null;

  @Field()
  state: string;

  @Field()
  district: string;

  @Field()
  firstDay: string;

  @Field()
  lastDay: string;

  @Field(() => [String])
  nonSchoolDays: string[];
}
