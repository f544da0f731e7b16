import { letterTemplateIds } from '@continuum/rules';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { LanguageEnum } from '../families/families.model';

// Domain words stay the same in every layer: the enum values are packages/rules' template ids.
export const LetterTemplateIdEnum = Object.fromEntries(letterTemplateIds.map((id) => [id, id]));
registerEnumType(LetterTemplateIdEnum, {
  name: 'LetterTemplateId',
  description: 'A letter template from packages/rules (docs/pathways-and-letters.md).',
});

export const LetterStatusEnum = { DRAFT: 'DRAFT', FINAL: 'FINAL' } as const;
registerEnumType(LetterStatusEnum, {
  name: 'LetterStatus',
  description: "DRAFT (the advocates' work) or FINAL (shared with the family).",
});

export const LetterBlockTypeEnum = {
  heading: 'heading',
  paragraph: 'paragraph',
  list: 'list',
  address: 'address',
  signature: 'signature',
} as const;
registerEnumType(LetterBlockTypeEnum, { name: 'LetterBlockType' });

@ObjectType('LetterTemplate', {
  description: 'A template a letter can be drafted from: its purpose, needed facts and basis.',
})
export class LetterTemplateModel {
  @Field(() => LetterTemplateIdEnum)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'What the letter is for, in plain language.' })
  description: string;

  @Field(() => [String], {
    description: 'Dotted paths of the facts it cannot be written without (student.school).',
  })
  requiredFacts: string[];

  @Field(() => [String], { description: 'The law the template relies on.' })
  basis: string[];
}

@ObjectType('LetterFactsForCase', {
  description:
    'The facts the API knows for a letter in a case, and the required ones still missing.',
})
export class LetterFactsForCaseModel {
  @Field(() => LetterTemplateIdEnum)
  template: string;

  @Field(() => LanguageEnum)
  lang: string;

  @Field(() => GraphQLJSON, {
    description:
      'Facts in the shape draftLetter takes (date, state, parent, student, district, ...).',
  })
  facts: Record<string, unknown>;

  @Field(() => [String], { description: 'Required facts with no value yet, as dotted paths.' })
  missing: string[];

  @Field(() => [String])
  requiredFacts: string[];
}

/**
 * One block of a letter (packages/rules' LetterBlock), flattened: which fields carry a value
 * depends on `type` — heading: level, text; paragraph: text, bold; list: ordered, items;
 * address: lines; signature: closing, name, lines.
 */
@ObjectType('LetterBlock', {
  description:
    'heading (level, text), paragraph (text, bold), list (ordered, items), address (lines), signature (closing, name, lines).',
})
export class LetterBlockModel {
  @Field(() => LetterBlockTypeEnum)
  type: string;

  @Field(() => Int, { nullable: true })
  level: number | null;

  @Field(() => String, { nullable: true })
  text: string | null;

  @Field(() => Boolean, { nullable: true })
  bold: boolean | null;

  @Field(() => Boolean, { nullable: true })
  ordered: boolean | null;

  @Field(() => [String], { nullable: true })
  items: string[] | null;

  @Field(() => [String], { nullable: true })
  lines: string[] | null;

  @Field(() => String, { nullable: true })
  closing: string | null;

  @Field(() => String, { nullable: true })
  name: string | null;
}

@InputType('LetterBlockInput', {
  description:
    'A block as LetterBlock describes it; fields that do not belong to its type must be left out.',
})
export class LetterBlockInput {
  @Field(() => LetterBlockTypeEnum)
  type: string;

  @Field(() => Int, { nullable: true })
  level?: number | null;

  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => Boolean, { nullable: true })
  bold?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  ordered?: boolean | null;

  @Field(() => [String], { nullable: true })
  items?: string[] | null;

  @Field(() => [String], { nullable: true })
  lines?: string[] | null;

  @Field(() => String, { nullable: true })
  closing?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;
}

@ObjectType('LetterVersion', { description: 'One saved state of a letter.' })
export class LetterVersionModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field()
  title: string;

  @Field({ description: 'The date printed on the letter, YYYY-MM-DD.' })
  date: string;

  @Field(() => [LetterBlockModel])
  blocks: LetterBlockModel[];

  @Field(() => ID, { nullable: true })
  authorUserId: string | null;

  @Field(() => String, { nullable: true })
  authorName: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType('Letter', { description: 'A letter in a case, drafted from a template.' })
export class LetterModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  caseId: string;

  @Field(() => LetterTemplateIdEnum)
  template: string;

  @Field(() => LanguageEnum)
  lang: string;

  @Field()
  title: string;

  @Field(() => LetterStatusEnum)
  status: string;

  @Field(() => Int, { description: 'The version shown and exported by default.' })
  currentVersion: number;

  @Field(() => LetterVersionModel, { description: 'The text as it stands.' })
  current: LetterVersionModel;

  @Field(() => [LetterVersionModel], {
    description: 'Every version, newest first. A parent sees only the current one.',
  })
  versions: LetterVersionModel[];

  @Field(() => [String], { description: 'The law the template relies on.' })
  basis: string[];

  @Field({ description: 'Path of the DOCX download (GET, with the session cookie).' })
  docxPath: string;

  @Field({ description: 'Path of the PDF download (GET, with the session cookie).' })
  pdfPath: string;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@InputType()
export class DraftLetterInput {
  @Field(() => ID)
  caseId: string;

  @Field(() => LetterTemplateIdEnum)
  template: string;

  @Field(() => LanguageEnum)
  lang: 'en' | 'es';

  @Field(() => GraphQLJSON, {
    description:
      'The case facts (see letterFactsForCase); a missing `date` means today. Errors name the field, e.g. facts.student.school.',
  })
  facts: unknown;
}

@InputType()
export class ReviseLetterInput {
  @Field(() => ID)
  letterId: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'The version the edit started from; if someone saved a newer one since, the revision is refused (LETTER_CHANGED).',
  })
  baseVersion?: number | null;

  @Field(() => String, { nullable: true, description: 'A new title; the current one if left out.' })
  title?: string | null;

  @Field(() => [LetterBlockInput])
  blocks: LetterBlockInput[];
}

@InputType()
export class SetLetterStatusInput {
  @Field(() => ID)
  letterId: string;

  @Field(() => LetterStatusEnum)
  status: 'DRAFT' | 'FINAL';
}
