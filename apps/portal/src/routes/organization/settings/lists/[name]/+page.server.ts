import {
  execute,
  GraphQLRequestError,
  OrganizationSettingsPageDocument,
  ResetReportListDocument,
  SetReportListDocument,
} from '@continuum/graphql-client';
import { error as httpError, fail } from '@sveltejs/kit';
import type { FormError } from '$lib/forms/form-error';
import { getLocale } from '$lib/paraglide/runtime';
import { handleApiError, requireAbility, requireSignedIn } from '$lib/server/guard';
import { describeApiError } from '$lib/session/api-error';
import { errorWords } from '$lib/words/errors';
import type { Actions, PageServerLoad } from './$types';

/** Rows left empty at the end of the table, for new items. */
const NEW_ROWS = 3;

export interface ListRow {
  code: string;
  en: string;
  es: string;
  remove: boolean;
}

/** One of the report's lists, edited in a table (org admins). */
export const load: PageServerLoad = async ({ parent, params, url, fetch }) => {
  const { me } = await parent();
  const session = requireSignedIn(me, url);
  requireAbility(session, 'update', 'Organization');
  let lists;
  try {
    lists = (await execute(fetch, OrganizationSettingsPageDocument)).data.reportLists;
  } catch (error) {
    handleApiError(error, url);
  }
  const list = lists.find((l) => l.name === params.name);
  if (!list) httpError(404);
  const rows: ListRow[] = list.items.map((item) => ({
    code: item.code,
    en: item.label.en,
    es: item.label.es,
    remove: false,
  }));
  return { list, rows, newRows: NEW_ROWS };
};

/** The table as posted: each row's code (kept, or typed for an age band), words and removal. */
function postedRows(form: FormData): ListRow[] {
  const count = Math.min(Number(form.get('rows')) || 0, 200);
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value.trim() : '';
  };
  return Array.from({ length: count }, (_, i) => ({
    code: text(`code-${i}`),
    en: text(`en-${i}`),
    es: text(`es-${i}`),
    remove: form.has(`remove-${i}`),
  }));
}

function onVisibleRow(error: unknown, kept: { index: number }[]): FormError {
  const match = /^items\.(\d+)\.(\w+)$/.exec(
    error instanceof GraphQLRequestError ? (error.field ?? '') : '',
  );
  const visible = match ? kept[Number(match[1])]?.index : undefined;
  if (!(error instanceof GraphQLRequestError) || !match || visible === undefined)
    return describeApiError(error, getLocale());
  const params = { ...error.params, row: visible + 1 };
  return {
    field: `items.${visible}.${match[2]}`,
    message:
      errorWords(error.key, params, getLocale()) ?? describeApiError(error, getLocale()).message,
  };
}

export const actions: Actions = {
  save: async ({ request, params, fetch, url }) => {
    const rows = postedRows(await request.formData());
    // Rows removed or left empty are not part of the list; the API numbers what is left, so
    // an error is moved back onto the row the reader sees.
    const kept = rows
      .map((row, index) => ({ row, index }))
      .filter(({ row }) => !row.remove && (row.en || row.es || row.code));
    try {
      await execute(fetch, SetReportListDocument, {
        input: {
          name: params.name,
          items: kept.map(({ row }) => ({ code: row.code || null, en: row.en, es: row.es })),
        },
      });
      return { saved: true };
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED')
        handleApiError(error, url);
      return fail(400, { rows, errors: [onVisibleRow(error, kept)] });
    }
  },

  reset: async ({ params, fetch, url }) => {
    try {
      await execute(fetch, ResetReportListDocument, { name: params.name });
      return { reset: true };
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED')
        handleApiError(error, url);
      return fail(400, { rows: null, errors: [describeApiError(error, getLocale())] });
    }
  },
};
