import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../platform/auth/ctx.decorator';
import type { RequestContext } from '../../platform/context/request-context';
import {
  CreateFamilyInput,
  CreateStudentInput,
  FamilyModel,
  InviteFamilyParentInput,
  StudentModel,
  UpdateFamilyInput,
  UpdateStudentInput,
} from './families.model';
import { InvitationModel } from '../members/members.model';
import { FamiliesService } from './families.service';

@Resolver(() => FamilyModel)
export class FamiliesResolver {
  constructor(private readonly service: FamiliesService) {}

  @Query(() => [FamilyModel], {
    description: 'Families the signed-in member may see (a parent: their own).',
  })
  families(@Ctx() ctx: RequestContext): Promise<FamilyModel[]> {
    return this.service.families(ctx);
  }

  @Query(() => FamilyModel)
  family(
    @Ctx() ctx: RequestContext,
    @Args('familyId', { type: () => ID }) familyId: string,
  ): Promise<FamilyModel> {
    return this.service.family(ctx, familyId);
  }

  @Query(() => StudentModel)
  student(
    @Ctx() ctx: RequestContext,
    @Args('studentId', { type: () => ID }) studentId: string,
  ): Promise<StudentModel> {
    return this.service.student(ctx, studentId);
  }

  @Mutation(() => FamilyModel, {
    description: 'Creates a family; a parent creating one is linked to it.',
  })
  createFamily(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateFamilyInput,
  ): Promise<FamilyModel> {
    return this.service.createFamily(ctx, input);
  }

  @Mutation(() => InvitationModel, {
    description:
      'Invites a parent to a family staff entered (a phone intake); accepting links them to it.',
  })
  inviteFamilyParent(
    @Ctx() ctx: RequestContext,
    @Args('input') input: InviteFamilyParentInput,
  ): Promise<InvitationModel> {
    return this.service.inviteParent(ctx, input);
  }

  @Mutation(() => FamilyModel)
  updateFamily(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateFamilyInput,
  ): Promise<FamilyModel> {
    return this.service.updateFamily(ctx, input);
  }

  @Mutation(() => StudentModel)
  createStudent(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateStudentInput,
  ): Promise<StudentModel> {
    return this.service.createStudent(ctx, input);
  }

  @Mutation(() => StudentModel)
  updateStudent(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateStudentInput,
  ): Promise<StudentModel> {
    return this.service.updateStudent(ctx, input);
  }
}
