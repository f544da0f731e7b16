import {
  CaselogsAddNoteDocument,
  CaselogsCreateTaskDocument,
  CaselogsDeleteNoteDocument,
  CaselogsNotesDocument,
  CaselogsSearchNotesDocument,
  CaselogsStaffDocument,
  CaselogsUpdateNoteDocument,
  execute,
  type NoteVisibility,
} from '@continuum/graphql-client';
import { m } from '$lib/paraglide/messages';
import { apiFailure, formFailure, formText, loadFailure } from '$lib/server/form-actions';
import { requireSignedIn } from '$lib/server/guard';
import { logActions } from '$lib/server/caselogs/log-actions';
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

const read = (form: FormData) => ({
  body: formText(form, 'body'),
  // A parent's form has no choice: their notes are shared (the API sets it).
  visibility: formText(form, 'visibility'),
});

export const actions: Actions = {
  ...logActions({
    prefix: 'note',
    read,
    check: (values) => (values.body ? [] : [{ name: 'body', message: m.caselogs_error_note() }]),
    create: (fetch, caseId, { body, visibility }) =>
      execute(fetch, CaselogsAddNoteDocument, {
        input: { caseId, body, visibility: (visibility as NoteVisibility) || undefined },
      }),
    update: (fetch, noteId, { body, visibility }) =>
      execute(fetch, CaselogsUpdateNoteDocument, {
        input: { noteId, body, visibility: (visibility as NoteVisibility) || undefined },
      }),
    remove: (fetch, noteId) => execute(fetch, CaselogsDeleteNoteDocument, { noteId }),
  }),

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
      return apiFailure(error, url, 'addTask', { fieldId: (field) => `task-${field}` });
    }
    return { form: 'addTask', saved: true };
  },

  updateTask: updateTaskAction,
};
