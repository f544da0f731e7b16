import { CaselogsUpdateTaskDocument, execute } from '@continuum/graphql-client';
import type { RequestEvent } from '@sveltejs/kit';
import { apiFailure, formText } from '$lib/server/form-actions';

/**
 * Marks a task done or open again: the same form on a case's notes page and on "My tasks"
 * (a parent may only do this to the tasks given to them; the API enforces it).
 */
export async function updateTaskAction({ request, fetch, url }: RequestEvent) {
  const form = await request.formData();
  const taskId = formText(form, 'taskId');
  const done = formText(form, 'done') === 'true';
  try {
    await execute(fetch, CaselogsUpdateTaskDocument, { input: { taskId, done } });
  } catch (error) {
    return apiFailure(error, url, 'updateTask', {
      fieldId: () => `task-${taskId}`,
      extra: { taskId },
    });
  }
  return { form: 'updateTask', taskId, saved: true };
}
