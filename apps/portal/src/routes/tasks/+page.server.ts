import { CaselogsMyTasksDocument, execute } from '@continuum/graphql-client';
import { handleApiError, requireSignedIn } from '$lib/server/guard';
import { updateTaskAction } from '$lib/server/caselogs/tasks';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, url, fetch }) => {
  const { me } = await parent();
  requireSignedIn(me, url);
  try {
    const { data } = await execute(fetch, CaselogsMyTasksDocument);
    return { tasks: data.myTasks };
  } catch (error) {
    handleApiError(error, url);
  }
};

export const actions: Actions = { updateTask: updateTaskAction };
