import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NoteModel } from '../case-logs/case-logs.model';
import { DocumentModel } from '../documents/documents.model';

export const CaseRecordKindEnum = { DOCUMENT: 'document', NOTE: 'note' } as const;
export type CaseRecordKind = (typeof CaseRecordKindEnum)[keyof typeof CaseRecordKindEnum];
registerEnumType(CaseRecordKindEnum, {
  name: 'CaseRecordKind',
  description: 'What a search hit is: a document (its title and text) or a note.',
});

@ObjectType('CaseRecordHit', { description: 'A record of a case that matches a search.' })
export class CaseRecordHitModel {
  @Field(() => CaseRecordKindEnum)
  kind: CaseRecordKind;

  @Field(() => ID)
  id: string;

  @Field({ description: "A document's title, or a note's first line." })
  title: string;

  @Field({ description: 'Matching words in context; the matches are between « and ».' })
  snippet: string;

  @Field(() => Float, { description: 'Higher is better; documents and notes on one scale.' })
  rank: number;

  @Field(() => DocumentModel, { nullable: true, description: 'Set when kind is DOCUMENT.' })
  document: DocumentModel | null;

  @Field(() => NoteModel, { nullable: true, description: 'Set when kind is NOTE.' })
  note: NoteModel | null;
}
