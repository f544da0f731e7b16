import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { PrimaryLanguage, StudentPlanType } from './family.entity';

export const LanguageEnum = { EN: 'en', ES: 'es' } as const;
registerEnumType(LanguageEnum, {
  name: 'Language',
  description: "The parents' primary language: English or Spanish.",
});

export const PlanTypeEnum = { IEP: 'iep', SECTION_504: '504', NONE: 'none' } as const;
registerEnumType(PlanTypeEnum, { name: 'PlanType' });

@ObjectType('FamilyParent', { description: 'A parent account linked to a family.' })
export class FamilyParentModel {
  @Field(() => ID)
  userId: string;

  @Field()
  name: string;

  @Field()
  email: string;
}

@ObjectType('Student')
export class StudentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  familyId: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  dateOfBirth: string | null;

  @Field({ description: 'The family chose not to give the child’s age ("prefer not to say").' })
  dateOfBirthDeclined: boolean;

  @Field({ description: 'Two-letter state code.' })
  state: string;

  @Field()
  district: string;

  @Field()
  school: string;

  @Field()
  grade: string;

  @Field(() => PlanTypeEnum)
  planType: StudentPlanType;

  @Field(() => [String], {
    description:
      'Codes of the organization’s disability categories list, or ["declined"]; empty when not asked.',
  })
  disabilityCategories: string[];

  @Field(() => [String], {
    nullable: true,
    description:
      'Codes of the organization’s race and ethnicity list, or ["declined"] (for the annual report); null when not asked.',
  })
  raceCategories: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'hispanic_latino, not_hispanic_latino or declined; null when not asked.',
  })
  ethnicity: string | null;
}

@ObjectType('Family', { description: 'A household the organization serves.' })
export class FamilyModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => LanguageEnum)
  primaryLanguage: PrimaryLanguage;

  @Field(() => String, {
    nullable: true,
    description:
      "The parents' primary language for the annual report: a code of the organization's languages list, or declined; null when not asked.",
  })
  parentLanguage: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A phone number to reach the family, as staff took it down.',
  })
  contactPhone: string | null;

  @Field(() => String, { nullable: true })
  contactEmail: string | null;

  @Field(() => [FamilyParentModel])
  parents: FamilyParentModel[];

  @Field(() => [StudentModel])
  students: StudentModel[];
}

@InputType('CreateFamilyInput')
export class CreateFamilyInput {
  @Field()
  name: string;

  @Field(() => LanguageEnum)
  primaryLanguage: PrimaryLanguage;

  @Field(() => String, {
    nullable: true,
    description: "A code of the organization's languages list, or declined.",
  })
  parentLanguage?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Parents (members with the PARENT role) to link; a parent creating a family is linked to it.',
  })
  parentUserIds?: string[] | null;

  @Field(() => String, { nullable: true })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  contactEmail?: string | null;
}

@InputType('InviteFamilyParentInput')
export class InviteFamilyParentInput {
  @Field(() => ID)
  familyId: string;

  @Field({ description: 'The parent’s email: the invitation is sent there.' })
  email: string;
}

@InputType('UpdateFamilyInput')
export class UpdateFamilyInput {
  @Field(() => ID)
  familyId: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => LanguageEnum, { nullable: true })
  primaryLanguage?: PrimaryLanguage | null;

  @Field(() => String, {
    nullable: true,
    description:
      "A code of the organization's languages list, or declined; an empty text clears it.",
  })
  parentLanguage?: string | null;
}

@InputType('StudentDetailsInput', { isAbstract: true })
export class StudentFields {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  dateOfBirth?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The family chose not to give the child’s age; the date of birth is then empty.',
  })
  dateOfBirthDeclined?: boolean | null;

  @Field(() => String, { nullable: true })
  district?: string | null;

  @Field(() => String, { nullable: true })
  school?: string | null;

  @Field(() => String, { nullable: true })
  grade?: string | null;

  @Field(() => [String], { nullable: true })
  disabilityCategories?: string[] | null;

  @Field(() => [String], { nullable: true })
  raceCategories?: string[] | null;

  @Field(() => String, { nullable: true })
  ethnicity?: string | null;
}

@InputType('CreateStudentInput')
export class CreateStudentInput extends StudentFields {
  @Field(() => ID)
  familyId: string;

  @Field()
  name: string;

  @Field()
  state: string;

  @Field(() => PlanTypeEnum)
  planType: StudentPlanType;
}

@InputType('UpdateStudentInput')
export class UpdateStudentInput extends StudentFields {
  @Field(() => ID)
  studentId: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  state?: string | null;

  @Field(() => PlanTypeEnum, { nullable: true })
  planType?: StudentPlanType | null;
}

export function toStudentModel(s: {
  id: string;
  familyId: string;
  name: string;
  dateOfBirth: string | null;
  dateOfBirthDeclined: boolean;
  state: string;
  district: string;
  school: string;
  grade: string;
  planType: StudentPlanType;
  disabilityCategories: string[];
  raceCategories: string[] | null;
  ethnicity: string | null;
}): StudentModel {
  return {
    id: s.id,
    familyId: s.familyId,
    name: s.name,
    dateOfBirth: s.dateOfBirth,
    dateOfBirthDeclined: s.dateOfBirthDeclined,
    state: s.state,
    district: s.district,
    school: s.school,
    grade: s.grade,
    planType: s.planType,
    disabilityCategories: s.disabilityCategories,
    raceCategories: s.raceCategories,
    ethnicity: s.ethnicity,
  };
}
