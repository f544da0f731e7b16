import { Field, ID, ObjectType } from '@nestjs/graphql';

/** The fields every record of a case answers with (modules/case-logs/case-records.ts). */
@ObjectType({ isAbstract: true })
export abstract class CaseRecordModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  caseId: string;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}
