import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../platform/auth/ctx.decorator';
import type { RequestContext } from '../../platform/context/request-context';
import { ContactsService } from './contacts.service';
import {
  ContactModel,
  LogCallInput,
  LogContactInput,
  NewPersonInput,
  PersonCommunicationModel,
  PersonDuplicateModel,
  PersonMergeModel,
  PersonModel,
  PersonRoleEnum,
  PersonTrainingModel,
  UpdateContactInput,
  UpdatePersonInput,
} from './people.model';
import { PeopleService } from './people.service';

@Resolver()
export class PeopleResolver {
  constructor(
    private readonly peopleService: PeopleService,
    private readonly contactsService: ContactsService,
  ) {}

  @Query(() => [PersonModel], {
    description: 'People of the organization, by name, email or phone digits (staff).',
  })
  people(
    @Ctx() ctx: RequestContext,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('role', { type: () => PersonRoleEnum, nullable: true }) role: string | null,
    @Args('familyId', { type: () => ID, nullable: true, description: 'People of one family.' })
    familyId: string | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<PersonModel[]> {
    return this.peopleService.list(ctx, { search, role, familyId }, first);
  }

  @Query(() => PersonModel)
  async person(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.peopleService.model(ctx, await this.peopleService.get(ctx, id));
  }

  @Query(() => [PersonDuplicateModel], {
    description:
      'Pairs of records that may be one person: same email, same phone, or alike names (org admins).',
  })
  personDuplicates(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<PersonDuplicateModel[]> {
    return this.peopleService.duplicates(ctx, first);
  }

  @Mutation(() => PersonModel)
  async createPerson(@Ctx() ctx: RequestContext, @Args('input') input: NewPersonInput) {
    return this.peopleService.model(ctx, await this.peopleService.create(ctx, input));
  }

  @Mutation(() => PersonModel)
  async updatePerson(@Ctx() ctx: RequestContext, @Args('input') input: UpdatePersonInput) {
    return this.peopleService.model(ctx, await this.peopleService.update(ctx, input));
  }

  @Mutation(() => PersonMergeModel, {
    description:
      'Merges one person into another, keeping every contact; deletes the merged record (org admins).',
  })
  mergePeople(
    @Ctx() ctx: RequestContext,
    @Args('keepId', { type: () => ID }) keepId: string,
    @Args('mergeId', { type: () => ID }) mergeId: string,
  ): Promise<PersonMergeModel> {
    return this.peopleService.merge(ctx, keepId, mergeId);
  }

  @Query(() => [ContactModel], { description: 'Contacts, newest first (staff).' })
  contacts(
    @Ctx() ctx: RequestContext,
    @Args('personId', { type: () => ID, nullable: true }) personId: string | null,
    @Args('staffUserId', { type: () => ID, nullable: true }) staffUserId: string | null,
    @Args('from', { type: () => Date, nullable: true }) from: Date | null,
    @Args('to', { type: () => Date, nullable: true }) to: Date | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<ContactModel[]> {
    return this.contactsService.list(ctx, { personId, staffUserId, from, to }, first);
  }

  @Query(() => ContactModel)
  contact(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.contactsService.get(ctx, id);
  }

  @Mutation(() => ContactModel, {
    description:
      'A phone call in three fields (who, their number, what about), now, by the signed-in member.',
  })
  logCall(@Ctx() ctx: RequestContext, @Args('input') input: LogCallInput): Promise<ContactModel> {
    return this.contactsService.logCall(ctx, input);
  }

  @Mutation(() => ContactModel)
  logContact(
    @Ctx() ctx: RequestContext,
    @Args('input') input: LogContactInput,
  ): Promise<ContactModel> {
    return this.contactsService.log(ctx, input);
  }

  @Mutation(() => ContactModel, { description: 'Changes a contact; what changed is audited.' })
  updateContact(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateContactInput,
  ): Promise<ContactModel> {
    return this.contactsService.update(ctx, input);
  }

  @Mutation(() => Boolean)
  deleteContact(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.contactsService.remove(ctx, id);
  }
}

/** What a person's page shows beside their record: trainings attended, case communications. */
@Resolver(() => PersonModel)
export class PersonResolver {
  constructor(private readonly peopleService: PeopleService) {}

  @ResolveField(() => [PersonTrainingModel], { description: 'Trainings attended, latest first.' })
  trainings(@Ctx() ctx: RequestContext, @Parent() person: PersonModel) {
    return this.peopleService.trainings(ctx, person.id);
  }

  @ResolveField(() => [PersonCommunicationModel], {
    description:
      'Case communications naming this person, latest first: those of cases the reader may see.',
  })
  caseCommunications(@Ctx() ctx: RequestContext, @Parent() person: PersonModel) {
    return this.peopleService.communications(ctx, person.id);
  }
}
