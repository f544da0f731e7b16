import {
  type DocumentType,
  type DocumentVisibility,
  execute,
  RecordsArchiveDocumentDocument,
  RecordsDocumentDetailsDocument,
  RecordsRestoreDocumentDocument,
  RecordsUpdateDocumentDocument,
} from '@continuum/graphql-client';
import { error } from '@sveltejs/kit';
import { apiFailure, formText, loadFailure } from '$lib/server/form-actions';
import { requireAbility, requireSignedIn } from '$lib/server/guard';
import { uploadAction } from '$lib/server/records/upload-action';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, params, url, fetch }) => {
  const { me } = await parent();
  const session = requireSignedIn(me, url);
  requireAbility(session, 'read', 'Case');
  let document;
  try {
    ({
      data: { document },
    } = await execute(fetch, RecordsDocumentDetailsDocument, { documentId: params.documentId }));
  } catch (cause) {
    loadFailure(cause, url);
  }
  // The address names the case too; a document of another case is not on this page.
  if (document.caseId !== params.caseId) error(404, 'not found');
  return { document, staff: session.ability.can('update', 'Case') };
};

export const actions: Actions = {
  update: async ({ request, params, fetch, url }) => {
    const form = await request.formData();
    try {
      await execute(fetch, RecordsUpdateDocumentDocument, {
        input: {
          documentId: params.documentId,
          title: formText(form, 'title'),
          type: formText(form, 'type') as DocumentType,
          // An empty date clears it (the API's contract).
          documentDate: formText(form, 'documentDate'),
          visibility: formText(form, 'visibility') as DocumentVisibility,
        },
      });
    } catch (cause) {
      return apiFailure(cause, url, 'update', { fieldId: (field) => `edit-${field}` });
    }
    return { form: 'update', saved: true };
  },

  archive: async ({ params, fetch, url }) => {
    try {
      await execute(fetch, RecordsArchiveDocumentDocument, { documentId: params.documentId });
    } catch (cause) {
      return apiFailure(cause, url, 'archive');
    }
    return { form: 'archive', saved: true };
  },

  restore: async ({ params, fetch, url }) => {
    try {
      await execute(fetch, RecordsRestoreDocumentDocument, { documentId: params.documentId });
    } catch (cause) {
      return apiFailure(cause, url, 'restore');
    }
    return { form: 'restore', saved: true };
  },

  upload: (event) => uploadAction(event, event.params.documentId),
};
