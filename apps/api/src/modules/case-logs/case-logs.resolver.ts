import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../platform/auth/ctx.decorator';
import type { RequestContext } from '../../platform/context/request-context';
import {
  AddNoteInput,
  AddServiceRequirementInput,
  CommunicationModel,
  CreateTaskInput,
  LogCommunicationInput,
  LogMeetingInput,
  LogServiceSessionInput,
  MeetingModel,
  NoteModel,
  ServiceLogModel,
  ServiceRequirementModel,
  TaskModel,
  UpdateCommunicationInput,
  UpdateMeetingInput,
  UpdateNoteInput,
  UpdateServiceRequirementInput,
  UpdateServiceSessionInput,
  UpdateTaskInput,
} from './case-logs.model';
import { CommunicationsService } from './communications.service';
import { MeetingsService } from './meetings.service';
import { NotesService } from './notes.service';
import { ServiceLogService } from './service-log.service';
import { TasksService } from './tasks.service';

const caseIdArg = () => Args('caseId', { type: () => ID });

@Resolver(() => MeetingModel)
export class MeetingsResolver {
  constructor(private readonly service: MeetingsService) {}

  @Query(() => [MeetingModel], { description: 'A case’s meeting log, newest first.' })
  meetings(@Ctx() ctx: RequestContext, @caseIdArg() caseId: string): Promise<MeetingModel[]> {
    return this.service.list(ctx, caseId);
  }

  @Query(() => MeetingModel)
  meeting(
    @Ctx() ctx: RequestContext,
    @Args('meetingId', { type: () => ID }) meetingId: string,
  ): Promise<MeetingModel> {
    return this.service.meeting(ctx, meetingId);
  }

  @Mutation(() => MeetingModel)
  logMeeting(
    @Ctx() ctx: RequestContext,
    @Args('input') input: LogMeetingInput,
  ): Promise<MeetingModel> {
    return this.service.log(ctx, input);
  }

  @Mutation(() => MeetingModel)
  updateMeeting(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateMeetingInput,
  ): Promise<MeetingModel> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => Boolean)
  deleteMeeting(
    @Ctx() ctx: RequestContext,
    @Args('meetingId', { type: () => ID }) meetingId: string,
  ): Promise<boolean> {
    return this.service.remove(ctx, meetingId);
  }
}

@Resolver(() => CommunicationModel)
export class CommunicationsResolver {
  constructor(private readonly service: CommunicationsService) {}

  @Query(() => [CommunicationModel], { description: 'A case’s communications log, newest first.' })
  communications(
    @Ctx() ctx: RequestContext,
    @caseIdArg() caseId: string,
  ): Promise<CommunicationModel[]> {
    return this.service.list(ctx, caseId);
  }

  @Mutation(() => CommunicationModel)
  logCommunication(
    @Ctx() ctx: RequestContext,
    @Args('input') input: LogCommunicationInput,
  ): Promise<CommunicationModel> {
    return this.service.log(ctx, input);
  }

  @Mutation(() => CommunicationModel)
  updateCommunication(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateCommunicationInput,
  ): Promise<CommunicationModel> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => Boolean)
  deleteCommunication(
    @Ctx() ctx: RequestContext,
    @Args('communicationId', { type: () => ID }) communicationId: string,
  ): Promise<boolean> {
    return this.service.remove(ctx, communicationId);
  }
}

@Resolver(() => ServiceRequirementModel)
export class ServiceLogResolver {
  constructor(private readonly service: ServiceLogService) {}

  @Query(() => ServiceLogModel, {
    description:
      'A case’s required services, sessions, required against delivered minutes per period and compensatory time owed.',
  })
  serviceLog(
    @Ctx() ctx: RequestContext,
    @caseIdArg() caseId: string,
    @Args('asOf', {
      type: () => String,
      nullable: true,
      description: 'YYYY-MM-DD, not after today; today by default.',
    })
    asOf?: string | null,
  ): Promise<ServiceLogModel> {
    return this.service.serviceLog(ctx, caseId, asOf);
  }

  @Query(() => String, {
    description: 'The service log as CSV text (also GET /cases/<caseId>/services.csv).',
  })
  async serviceLogCsv(@Ctx() ctx: RequestContext, @caseIdArg() caseId: string): Promise<string> {
    return (await this.service.csv(ctx, caseId)).text;
  }

  @Mutation(() => ServiceRequirementModel)
  addServiceRequirement(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AddServiceRequirementInput,
  ): Promise<ServiceRequirementModel> {
    return this.service.addRequirement(ctx, input);
  }

  @Mutation(() => ServiceRequirementModel)
  updateServiceRequirement(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateServiceRequirementInput,
  ): Promise<ServiceRequirementModel> {
    return this.service.updateRequirement(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Removes a service and its sessions.' })
  deleteServiceRequirement(
    @Ctx() ctx: RequestContext,
    @Args('requirementId', { type: () => ID }) requirementId: string,
  ): Promise<boolean> {
    return this.service.removeRequirement(ctx, requirementId);
  }

  @Mutation(() => ServiceRequirementModel, {
    description: 'Logs a session delivered or missed; answers the service with its new ledger.',
  })
  logServiceSession(
    @Ctx() ctx: RequestContext,
    @Args('input') input: LogServiceSessionInput,
  ): Promise<ServiceRequirementModel> {
    return this.service.logSession(ctx, input);
  }

  @Mutation(() => ServiceRequirementModel, { description: 'Corrects a logged session.' })
  updateServiceSession(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateServiceSessionInput,
  ): Promise<ServiceRequirementModel> {
    return this.service.updateSession(ctx, input);
  }

  @Mutation(() => ServiceRequirementModel)
  deleteServiceSession(
    @Ctx() ctx: RequestContext,
    @Args('sessionId', { type: () => ID }) sessionId: string,
  ): Promise<ServiceRequirementModel> {
    return this.service.removeSession(ctx, sessionId);
  }
}

@Resolver(() => NoteModel)
export class NotesResolver {
  constructor(private readonly service: NotesService) {}

  @Query(() => [NoteModel], {
    description: 'A case’s notes, newest first (a parent sees shared notes only).',
  })
  notes(@Ctx() ctx: RequestContext, @caseIdArg() caseId: string): Promise<NoteModel[]> {
    return this.service.list(ctx, caseId);
  }

  @Query(() => NoteModel)
  note(
    @Ctx() ctx: RequestContext,
    @Args('noteId', { type: () => ID }) noteId: string,
  ): Promise<NoteModel> {
    return this.service.note(ctx, noteId);
  }

  @Query(() => [NoteModel], {
    description:
      'Full-text search of a case’s notes (English and Spanish), best first, at most 50.',
  })
  searchCaseNotes(
    @Ctx() ctx: RequestContext,
    @caseIdArg() caseId: string,
    @Args('query') query: string,
  ): Promise<NoteModel[]> {
    return this.service.search(ctx, caseId, query);
  }

  @Mutation(() => NoteModel)
  addNote(@Ctx() ctx: RequestContext, @Args('input') input: AddNoteInput): Promise<NoteModel> {
    return this.service.add(ctx, input);
  }

  @Mutation(() => NoteModel)
  updateNote(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateNoteInput,
  ): Promise<NoteModel> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => Boolean)
  deleteNote(
    @Ctx() ctx: RequestContext,
    @Args('noteId', { type: () => ID }) noteId: string,
  ): Promise<boolean> {
    return this.service.remove(ctx, noteId);
  }
}

@Resolver(() => TaskModel)
export class TasksResolver {
  constructor(private readonly service: TasksService) {}

  @Query(() => [TaskModel], { description: 'A case’s tasks: open first, soonest due first.' })
  tasks(@Ctx() ctx: RequestContext, @caseIdArg() caseId: string): Promise<TaskModel[]> {
    return this.service.list(ctx, caseId);
  }

  @Query(() => [TaskModel], {
    description: 'Tasks assigned to the signed-in member: open first, soonest due first.',
  })
  myTasks(@Ctx() ctx: RequestContext): Promise<TaskModel[]> {
    return this.service.mine(ctx);
  }

  @Mutation(() => TaskModel)
  createTask(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateTaskInput,
  ): Promise<TaskModel> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => TaskModel, { description: 'A parent assigned the task may only mark it done.' })
  updateTask(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateTaskInput,
  ): Promise<TaskModel> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => Boolean)
  deleteTask(
    @Ctx() ctx: RequestContext,
    @Args('taskId', { type: () => ID }) taskId: string,
  ): Promise<boolean> {
    return this.service.remove(ctx, taskId);
  }
}
