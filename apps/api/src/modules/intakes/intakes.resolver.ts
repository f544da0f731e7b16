import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Ctx } from '../../platform/auth/ctx.decorator';
import type { RequestContext } from '../../platform/context/request-context';
import type { PrimaryLanguage } from '../families/family.entity';
import { LanguageEnum } from '../families/families.model';
import type { IntakeStatus } from './intake.entity';
import {
  IntakeModel,
  IntakeStatusEnum,
  SaveIntakeDraftInput,
  StartPhoneIntakeInput,
} from './intakes.model';
import { IntakesService } from './intakes.service';

@Resolver(() => IntakeModel)
export class IntakesResolver {
  constructor(private readonly service: IntakesService) {}

  @Query(() => GraphQLJSON, {
    description: 'The current intake questionnaire in a language, as packages/rules defines it.',
  })
  intakeQuestionnaire(@Args('lang', { type: () => LanguageEnum }) lang: PrimaryLanguage): unknown {
    return this.service.questionnaire(lang);
  }

  @Query(() => [IntakeModel], {
    description:
      'Intakes the member may see: a parent their family’s; advocates also every one awaiting triage.',
  })
  intakes(
    @Ctx() ctx: RequestContext,
    @Args('status', { type: () => IntakeStatusEnum, nullable: true }) status?: IntakeStatus | null,
  ): Promise<IntakeModel[]> {
    return this.service.intakes(ctx, status);
  }

  @Query(() => IntakeModel)
  intake(
    @Ctx() ctx: RequestContext,
    @Args('intakeId', { type: () => ID }) intakeId: string,
  ): Promise<IntakeModel> {
    return this.service.intake(ctx, intakeId);
  }

  @Mutation(() => IntakeModel, {
    description: 'Starts or continues a draft; call it at every step so the draft can resume.',
  })
  saveIntakeDraft(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SaveIntakeDraftInput,
  ): Promise<IntakeModel> {
    return this.service.saveDraft(ctx, input);
  }

  @Mutation(() => IntakeModel, {
    description:
      'Staff take a phone intake for a new caller: creates the family and child and starts a draft for them.',
  })
  startPhoneIntake(
    @Ctx() ctx: RequestContext,
    @Args('input') input: StartPhoneIntakeInput,
  ): Promise<IntakeModel> {
    return this.service.startPhoneIntake(ctx, input);
  }

  @Mutation(() => IntakeModel, {
    description: 'Validates and submits a draft; stores the recommendation; tells the advocates.',
  })
  submitIntake(
    @Ctx() ctx: RequestContext,
    @Args('intakeId', { type: () => ID }) intakeId: string,
  ): Promise<IntakeModel> {
    return this.service.submit(ctx, intakeId);
  }
}
