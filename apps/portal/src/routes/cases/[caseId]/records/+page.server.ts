import {
  type DocumentType,
  execute,
  RecordsCaseDocument,
  RecordsCaseDocumentsDocument,
} from '@continuum/graphql-client';
import { loadFailure } from '$lib/server/form-actions';
import { requireAbility, requireSignedIn } from '$lib/server/guard';
import { uploadAction } from '$lib/server/records/upload-action';
import { DOCUMENT_TYPES } from '$lib/records/labels';
import type { Actions, PageServerLoad } from './$types';

/**
 * A case's records: everyone on the case sees the list and uploads; the API narrows a
 * parent's list to what is shared with them. Staff (who may update the case) also filter by
 * visibility and see archived records.
 */
export const load: PageServerLoad = async ({ parent, params, url, fetch }) => {
  const { me } = await parent();
  const session = requireSignedIn(me, url);
  requireAbility(session, 'read', 'Case');
  const staff = session.ability.can('update', 'Case');

  const typeParam = url.searchParams.get('type') ?? '';
  const type = (DOCUMENT_TYPES as readonly string[]).includes(typeParam)
    ? (typeParam as DocumentType)
    : undefined;
  const visibilityParam = url.searchParams.get('visibility') ?? '';
  const visibility =
    staff && (visibilityParam === 'SHARED' || visibilityParam === 'INTERNAL')
      ? visibilityParam
      : undefined;
  const search = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
  const includeArchived = staff && url.searchParams.get('archived') === '1';

  try {
    const [found, list] = await Promise.all([
      execute(fetch, RecordsCaseDocument, { caseId: params.caseId }),
      execute(fetch, RecordsCaseDocumentsDocument, {
        caseId: params.caseId,
        filter: { type, visibility, search: search || undefined, includeArchived },
      }),
    ]);
    return {
      caseFile: found.data.case,
      documents: list.data.caseDocuments,
      staff,
      filters: { type: type ?? '', visibility: visibility ?? '', q: search, includeArchived },
    };
  } catch (error) {
    loadFailure(error, url);
  }
};

export const actions: Actions = {
  upload: (event) => uploadAction(event),
};
