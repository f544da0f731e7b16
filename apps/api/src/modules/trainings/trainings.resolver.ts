import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../platform/auth/ctx.decorator';
import type { RequestContext } from '../../platform/context/request-context';
import { PersonRoleEnum } from '../people/people.model';
import {
  AddTrainingAttendeeInput,
  CreateTrainingInput,
  LogOutreachInput,
  OutreachActivityModel,
  SignInSheetImportModel,
  TrainingModel,
} from './trainings.model';
import { TrainingsService } from './trainings.service';

@Resolver()
export class TrainingsResolver {
  constructor(private readonly service: TrainingsService) {}

  @Query(() => [TrainingModel], { description: 'Trainings and events, latest first (staff).' })
  trainings(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<TrainingModel[]> {
    return this.service.list(ctx, first);
  }

  @Query(() => TrainingModel)
  training(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(ctx, id);
  }

  @Mutation(() => TrainingModel, { description: 'A training or event with one or more sessions.' })
  createTraining(@Ctx() ctx: RequestContext, @Args('input') input: CreateTrainingInput) {
    return this.service.create(ctx, input);
  }

  @Mutation(() => TrainingModel, { description: 'Adds a known or new person to the roster.' })
  addTrainingAttendee(@Ctx() ctx: RequestContext, @Args('input') input: AddTrainingAttendeeInput) {
    return this.service.addAttendee(ctx, input);
  }

  @Mutation(() => TrainingModel, {
    description:
      'How many of one audience came without their names being taken; 0 removes the count.',
  })
  setTrainingHeadcount(
    @Ctx() ctx: RequestContext,
    @Args('trainingId', { type: () => ID }) trainingId: string,
    @Args('role', { type: () => PersonRoleEnum }) role: string,
    @Args('count', { type: () => Int }) count: number,
  ) {
    return this.service.setHeadcount(ctx, trainingId, role, count);
  }

  @Mutation(() => SignInSheetImportModel, {
    description:
      'Imports a sign-in sheet (CSV with a header row: name, and optionally email, phone, role; English or Spanish headers).',
  })
  importSignInSheet(
    @Ctx() ctx: RequestContext,
    @Args('trainingId', { type: () => ID }) trainingId: string,
    @Args('csv') csv: string,
  ) {
    return this.service.importSignInSheet(ctx, trainingId, csv);
  }

  @Query(() => [OutreachActivityModel], {
    description: 'Outreach and dissemination, latest first.',
  })
  outreachActivities(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, defaultValue: 100 }) first: number,
  ) {
    return this.service.outreach(ctx, first);
  }

  @Mutation(() => OutreachActivityModel)
  logOutreach(@Ctx() ctx: RequestContext, @Args('input') input: LogOutreachInput) {
    return this.service.logOutreach(ctx, input);
  }
}
