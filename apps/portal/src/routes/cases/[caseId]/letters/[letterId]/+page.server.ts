import {
  execute,
  GraphQLRequestError,
  LettersDeleteDocument,
  LettersLetterDocument,
  LettersReviseDocument,
  LettersSaveToDocumentsDocument,
  type LettersLetterQuery,
  LettersSetStatusDocument,
  LettersTemplatesDocument,
  type LetterStatus,
  type LettersTemplatesQuery,
} from '@continuum/graphql-client';
import { error, redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import {
  blankParagraph,
  formToDraft,
  insertAfter,
  moveParagraph,
  paragraphNumber,
  parseAddAfter,
  parseMove,
} from '$lib/letters/block-editor';
import { blockFieldId, blockFieldIdForError, formToBlocks } from '$lib/letters/blocks-form';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { apiFailure, formFailure, formValue, loadFailure } from '$lib/server/form-actions';
import { requireLetterWriter } from '$lib/server/letters/actions';
import type { Actions, PageServerLoad } from './$types';

/** `?version=N` shows an earlier version; anything else is the current one. */
function versionParam(url: URL): number | undefined {
  const value = url.searchParams.get('version');
  return value && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : undefined;
}

export const load: PageServerLoad = async ({ parent, params, url, fetch }) => {
  const { me } = await parent();
  requireLetterWriter(me, url);
  let letter: LettersLetterQuery['letter'];
  let templates: LettersTemplatesQuery['letterTemplates'];
  try {
    const [found, listed] = await Promise.all([
      execute(fetch, LettersLetterDocument, { letterId: params.letterId }),
      execute(fetch, LettersTemplatesDocument, { lang: getLocale() === 'es' ? 'ES' : 'EN' }),
    ]);
    letter = found.data.letter;
    templates = listed.data.letterTemplates;
  } catch (cause) {
    loadFailure(cause, url);
  }
  // The address names the case too: a letter of another case is not this page.
  if (letter.caseId !== params.caseId) error(404, 'not found');
  const wanted = versionParam(url) ?? letter.currentVersion;
  const shown = letter.versions.find((version) => version.version === wanted);
  if (!shown) error(404, 'not found');
  const templateTitle =
    templates.find((template) => template.id === letter.template)?.title ?? letter.template;
  return { letter, shown, templateTitle };
};

/** The API's letter errors in the portal's words, which say what to do next. */
function letterMessage(code: string): string | undefined {
  if (code === 'LETTER_CHANGED') return m.letters_error_changed();
  if (code === 'LETTER_FINAL') return m.letters_error_final();
  return undefined;
}

function isChanged(cause: unknown): boolean {
  return cause instanceof GraphQLRequestError && cause.code === 'LETTER_CHANGED';
}

export const actions: Actions = {
  save: async ({ request, params, fetch, url }) => {
    const form = await request.formData();
    const { blocks, formIndex } = formToBlocks(form);
    const baseVersion = Number(formValue(form, 'baseVersion')) || undefined;
    const title = formValue(form, 'title').trim();
    let version: number;
    try {
      const revised = await execute(fetch, LettersReviseDocument, {
        input: { letterId: params.letterId, baseVersion, blocks, ...(title ? { title } : {}) },
      });
      version = revised.data.reviseLetter.currentVersion;
    } catch (cause) {
      return apiFailure(cause, url, 'save', {
        fieldId: (field) =>
          field === 'title' || field === 'input.title'
            ? 'letter-title'
            : blockFieldIdForError(field, formIndex),
        message: letterMessage,
        // What was typed comes back to the form (without JavaScript the page is rendered
        // anew). Not after LETTER_CHANGED: the page then shows the newer version to edit on.
        extra: { draft: isChanged(cause) ? undefined : formToDraft(form) },
      });
    }
    return { form: 'save', saved: true, version };
  },

  // Adding and moving paragraphs without JavaScript: the posted editor comes back changed,
  // unsaved, with focus on the paragraph concerned. Saving stays one step, "Save".
  addParagraph: async ({ request }) => {
    const form = await request.formData();
    const draft = formToDraft(form);
    const after = parseAddAfter(formValue(form, 'after'));
    const result = after === null ? null : insertAfter(draft.blocks, after, blankParagraph());
    if (!result) return { form: 'edit', draft };
    return {
      form: 'edit',
      draft: { ...draft, blocks: result.blocks },
      focus: blockFieldId(result.index, 'text'),
      announcement: m.letters_paragraph_added({
        number: paragraphNumber(result.blocks, result.index),
      }),
    };
  },

  moveParagraph: async ({ request }) => {
    const form = await request.formData();
    const draft = formToDraft(form);
    const move = parseMove(formValue(form, 'move'));
    const result = move && moveParagraph(draft.blocks, move.index, move.direction);
    if (!move || !result) return { form: 'edit', draft };
    const number = paragraphNumber(result.blocks, result.index);
    return {
      form: 'edit',
      draft: { ...draft, blocks: result.blocks },
      focus: blockFieldId(result.index, 'text'),
      announcement:
        move.direction === 'up'
          ? m.letters_paragraph_moved_up({ number })
          : m.letters_paragraph_moved_down({ number }),
    };
  },

  status: async ({ request, params, fetch, url }) => {
    const form = await request.formData();
    const status: LetterStatus = formValue(form, 'status') === 'FINAL' ? 'FINAL' : 'DRAFT';
    try {
      await execute(fetch, LettersSetStatusDocument, {
        input: { letterId: params.letterId, status },
      });
    } catch (cause) {
      return apiFailure(cause, url, 'status', {
        fieldId: () => undefined,
        message: letterMessage,
      });
    }
    return { form: 'status', saved: true, status };
  },

  documents: async ({ request, params, fetch, url }) => {
    const form = await request.formData();
    const version = Number(formValue(form, 'version')) || undefined;
    try {
      const saved = await execute(fetch, LettersSaveToDocumentsDocument, {
        input: {
          letterId: params.letterId,
          format: formValue(form, 'format') === 'DOCX' ? 'DOCX' : 'PDF',
          version,
          visibility: formValue(form, 'share') === 'yes' ? 'SHARED' : 'INTERNAL',
        },
      });
      return {
        form: 'documents',
        saved: true,
        fileName: saved.data.saveLetterToDocuments.currentVersion.fileName,
      };
    } catch (cause) {
      return apiFailure(cause, url, 'documents', {
        fieldId: () => undefined,
        message: letterMessage,
      });
    }
  },

  delete: async ({ request, params, fetch, url }) => {
    const form = await request.formData();
    if (formValue(form, 'confirm') !== 'yes') {
      return formFailure('delete', [
        { field: 'delete-confirm', message: m.letters_error_delete_confirm() },
      ]);
    }
    try {
      await execute(fetch, LettersDeleteDocument, { letterId: params.letterId });
    } catch (cause) {
      return apiFailure(cause, url, 'delete', {
        fieldId: () => undefined,
        message: letterMessage,
      });
    }
    redirect(303, resolve('/cases/[caseId]/letters', { caseId: params.caseId }) + '?deleted=1');
  },
};
