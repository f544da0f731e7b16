import {
  CaselogsAddNoteDocument,
  CaselogsCreateTaskDocument,
  CaselogsNotesDocument,
  CaselogsSearchNotesDocument,
  CaselogsStaffDocument,
  execute,
  type NoteVisibility,
} from '@continuum/graphql-client';
import { m } from '$lib/paraglide/messages';
import { apiFailure, formFailure, formText, loadFailure } from '$lib/server/advocate/actions';
import { requireSignedIn } from '$lib/server/guard';
import { updateTaskAction } from '$lib/server/caselogs/tasks';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, params, url, fetch }) => {
  const { me } = await parent();
  const session = requireSignedIn(me, url);
  const query = url.searchParams.get('q')?.trim() ?? '';
  const staff = session.ability.can('create', 'Task');
  try {
    const [found, search, members] = await Promise.all([
      execute(fetch, CaselogsNotesDocument, { caseId: params.caseId }),
      query ? execute(fetch, CaselogsSearchNotesDocument, { caseId: params.caseId, query }) : null,
      staff ? execute(fetch, CaselogsStaffDocument) : null,
    ]);
    return {
      caseFile: found.data.case,
      notes: search ? search.data.searchCaseNotes : found.data.notes,
      query,
      tasks: found.data.tasks,
      assignees: (members?.data.organizationMembers ?? [])
        .filter((member) => member.role !== 'PARENT')
        .map((member) => member.user),
    };
  } catch (error) {
    loadFailure(error, url);
  }
};

export const actions: Actions = {
  addNote: async ({ request, params, fetch, url }) => {
    const form = await request.formData();
    const body = formText(form, 'body');
    if (!body)
      return formFailure('addNote', [{ field: 'note-body', message: m.caselogs_error_note() }]);
    const visibility = formText(form, 'visibility');
    try {
      await execute(fetch, CaselogsAddNoteDocument, {
        input: {
          caseId: params.caseId,
          body,
          visibility: visibility ? (visibility as NoteVisibility) : undefined,
        },
      });
    } catch (error) {
      return apiFailure(error, url, 'addNote', (field) => `note-${field}`);
    }
    return { form: 'addNote', saved: true };
  },

  addTask: async ({ request, params, fetch, url }) => {
    const form = await request.formData();
    const title = formText(form, 'title');
    if (!title) {
      return formFailure('addTask', [
        { field: 'task-title', message: m.caselogs_error_task_title() },
      ]);
    }
    try {
      await execute(fetch, CaselogsCreateTaskDocument, {
        input: {
          caseId: params.caseId,
          title,
          dueOn: formText(form, 'dueOn') || undefined,
          assigneeUserId: formText(form, 'assigneeUserId') || undefined,
        },
      });
    } catch (error) {
      return apiFailure(error, url, 'addTask', (field) => `task-${field}`);
    }
    return { form: 'addTask', saved: true };
  },

  updateTask: updateTaskAction,
};
