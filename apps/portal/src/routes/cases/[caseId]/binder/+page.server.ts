import {
  execute,
  RecordsCaseDocument,
  RecordsCaseDocumentsDocument,
  RecordsSaveBinderDocument,
} from '@continuum/graphql-client';
import { redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import {
  apiFailure,
  formFailure,
  formList,
  formText,
  loadFailure,
} from '$lib/server/advocate/actions';
import { requireAdvocate } from '$lib/server/advocate/guard';
import { applyMove, arrangeBinder, bindable } from '$lib/records/binder';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

/**
 * The evidence binder: staff choose a proceeding, the documents and their order, and the
 * language. Every choice lives in the address (a GET form), so the page works without
 * JavaScript and a binder can be bookmarked or shared with a colleague.
 */
export const load: PageServerLoad = async ({ parent, params, url, fetch }) => {
  const { me } = await parent();
  requireAdvocate(me, url);

  const move = url.searchParams.get('move');
  if (move !== null) {
    // A move button's press becomes the new order, and the address loses the press, so a
    // reload does not move the document again.
    const next = new URLSearchParams(url.searchParams);
    next.delete('move');
    next.delete('documents');
    for (const id of applyMove(url.searchParams.getAll('documents'), move)) {
      next.append('documents', id);
    }
    redirect(303, `${url.pathname}?${next.toString()}`);
  }

  try {
    const [found, list] = await Promise.all([
      execute(fetch, RecordsCaseDocument, { caseId: params.caseId }),
      execute(fetch, RecordsCaseDocumentsDocument, { caseId: params.caseId }),
    ]);
    const proceedings = found.data.case.proceedings;
    const chosenProceeding = url.searchParams.get('proceeding');
    const proceeding = proceedings.find((p) => p.id === chosenProceeding) ?? proceedings[0] ?? null;
    const langParam = url.searchParams.get('lang');
    const lang =
      langParam === 'en' || langParam === 'es' ? langParam : getLocale() === 'es' ? 'es' : 'en';
    const documents = list.data.caseDocuments.map((document) => ({
      ...document,
      bindable: bindable(document.currentVersion.contentType),
    }));
    return {
      caseFile: found.data.case,
      proceedingId: proceeding?.id ?? null,
      lang,
      ...arrangeBinder(documents, url.searchParams.getAll('documents')),
    };
  } catch (error) {
    loadFailure(error, url);
  }
};

export const actions: Actions = {
  save: async ({ request, fetch, url }) => {
    const form = await request.formData();
    const documentIds = formList(form, 'documentIds');
    if (documentIds.length === 0) {
      return formFailure('save', [
        { field: 'binder-documents', message: m.records_binder_choose() },
      ]);
    }
    try {
      const { data } = await execute(fetch, RecordsSaveBinderDocument, {
        input: {
          proceedingId: formText(form, 'proceedingId'),
          documentIds,
          lang: formText(form, 'lang') === 'es' ? 'ES' : 'EN',
        },
      });
      return { form: 'save', saved: data.saveBinderToDocuments };
    } catch (error) {
      return apiFailure(error, url, 'save', (field) =>
        field.startsWith('documentIds') ? 'binder-documents' : `binder-${field}`,
      );
    }
  },
};
