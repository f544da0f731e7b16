import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ReportLabel', {
  description: 'A line or category of the report, in English and Spanish.',
})
export class ReportLabelModel {
  @Field()
  en: string;

  @Field()
  es: string;
}

@ObjectType('AnnualReportLine')
export class AnnualReportLineModel {
  @Field({ description: 'The form code, such as I.B1a; shown beside the words, never alone.' })
  code: string;

  @Field({ description: 'I.A, I.B, II, IV or ADR.' })
  section: string;

  @Field(() => ReportLabelModel)
  label: ReportLabelModel;

  @Field({
    description:
      'How firmly the reference supports the line: C confirmed, C-old only in a pre-2021 form, U unconfirmed.',
  })
  confidence: string;

  @Field(() => Int)
  value: number;
}

@ObjectType('AnnualReportRow', { description: 'One category of Section III or V and its number.' })
export class AnnualReportRowModel {
  @Field({
    description:
      "The category's code in the organization's list; 'declined' and 'unknown' for Section III.",
  })
  code: string;

  @Field(() => ReportLabelModel)
  label: ReportLabelModel;

  @Field(() => Int)
  value: number;
}

@ObjectType('AnnualReportTable')
export class AnnualReportTableModel {
  @Field({ description: 'ageBands, disabilityCategories, raceEthnicity or languages.' })
  list: string;

  @Field()
  confidence: string;

  @Field(() => [AnnualReportRowModel])
  rows: AnnualReportRowModel[];
}

@ObjectType('AnnualReportSubmission')
export class AnnualReportSubmissionModel {
  @Field()
  at: string;

  @Field(() => String, { nullable: true })
  byName: string | null;
}

@ObjectType('AnnualReport', {
  description:
    "A program year's Part 1 (October 1 to September 30, in the organization's time zone): as submitted, or as the records say today.",
})
export class AnnualReportModel {
  @Field()
  organizationName: string;

  @Field(() => Int)
  programYear: number;

  @Field({ description: 'First day of the program year (ISO date).' })
  start: string;

  @Field({ description: 'Last day of the program year (ISO date).' })
  end: string;

  @Field()
  timeZone: string;

  @Field(() => [AnnualReportLineModel])
  lines: AnnualReportLineModel[];

  @Field(() => [AnnualReportTableModel])
  demographics: AnnualReportTableModel[];

  @Field(() => [AnnualReportRowModel])
  outreach: AnnualReportRowModel[];

  @Field(() => AnnualReportSubmissionModel, {
    nullable: true,
    description: 'Who marked the year as submitted, and when; the numbers are then frozen.',
  })
  submitted: AnnualReportSubmissionModel | null;
}

@ObjectType('AnnualReportSourceRow', { description: 'One record behind a number of the report.' })
export class AnnualReportSourceRowModel {
  @Field({
    description:
      'contact, communication (a case log entry), meeting (a case meeting), event (a proceeding event), attendance, student or outreach.',
  })
  source: string;

  @Field()
  sourceId: string;

  @Field(() => String, { nullable: true })
  date: string | null;

  @Field(() => Int, {
    description: 'How much the row adds to the number (a head count adds its count).',
  })
  weight: number;

  @Field(() => String, { nullable: true })
  personId: string | null;

  @Field(() => String, { nullable: true })
  familyId: string | null;

  @Field(() => String, { nullable: true })
  caseId: string | null;

  @Field(() => String, { nullable: true })
  trainingId: string | null;

  @Field(() => String, { nullable: true, description: "The person's name, or the family's." })
  name: string | null;

  @Field(() => String, { nullable: true })
  trainingTitle: string | null;
}

@ObjectType('AnnualReportRows')
export class AnnualReportRowsModel {
  @Field(() => Int, { description: 'How many rows the line has in all.' })
  total: number;

  @Field(() => String, {
    nullable: true,
    description: 'The form code of the line; null for a category of Section III or V.',
  })
  formCode: string | null;

  @Field(() => ReportLabelModel, { description: "The line's or the category's words." })
  label: ReportLabelModel;

  @Field(() => [AnnualReportSourceRowModel])
  nodes: AnnualReportSourceRowModel[];
}

@ObjectType('ReportListItem')
export class ReportListItemModel {
  @Field({ description: 'Stored on records; never shown to a reader.' })
  code: string;

  @Field(() => ReportLabelModel)
  label: ReportLabelModel;
}

@ObjectType('ReportList', {
  description:
    "One of the annual report's lists as the organization uses it (topics, outreach kinds, demographics).",
})
export class ReportListModel {
  @Field({
    description:
      'contactTopics, outreachKinds, disabilityCategories, raceEthnicity, languages or ageBands.',
  })
  name: string;

  @Field({ description: 'How firmly the reference supports the default list: C, C-old or U.' })
  confidence: string;

  @Field(() => ReportLabelModel, { description: 'Why the default list is what it is.' })
  note: ReportLabelModel;

  @Field(() => [ReportListItemModel])
  items: ReportListItemModel[];

  @Field({ description: 'The organization saved its own version of this list.' })
  customized: boolean;
}

@InputType()
export class ReportListItemInput {
  @Field(() => String, {
    nullable: true,
    description:
      "The item's code, kept from the list as read; a new item leaves it empty (an age band gives its range, such as 6-9).",
  })
  code?: string | null;

  @Field()
  en: string;

  @Field()
  es: string;
}

@InputType()
export class SetReportListInput {
  @Field({
    description:
      'contactTopics, outreachKinds, disabilityCategories, raceEthnicity, languages or ageBands.',
  })
  name: string;

  @Field(() => [ReportListItemInput], { description: 'The whole list, in the order to show it.' })
  items: ReportListItemInput[];
}
