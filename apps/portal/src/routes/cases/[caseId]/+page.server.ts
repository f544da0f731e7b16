import {
  AdvocateAssignCaseAdvocatesDocument,
  AdvocateCaseDocument,
  AdvocateCorrectProceedingEventDocument,
  AdvocateMembersDocument,
  AdvocateOpenProceedingDocument,
  AdvocateRecordProceedingEventDocument,
  AdvocateUpdateCaseDocument,
  type CaseStatus,
  execute,
  type FiledBy,
  type ProceedingKind,
} from '@continuum/graphql-client';
import { apiLanguage } from '$lib/family/labels';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import {
  apiFailure,
  loadFailure,
  formFailure,
  formList,
  formText,
} from '$lib/server/advocate/actions';
import { requireAdvocate } from '$lib/server/advocate/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, params, url, fetch }) => {
  const { me } = await parent();
  requireAdvocate(me, url);
  try {
    const [found, members] = await Promise.all([
      execute(fetch, AdvocateCaseDocument, {
        caseId: params.caseId,
        lang: apiLanguage(getLocale()),
      }),
      execute(fetch, AdvocateMembersDocument),
    ]);
    return {
      caseFile: found.data.case,
      advocates: members.data.organizationMembers.filter((member) => member.role !== 'PARENT'),
    };
  } catch (error) {
    loadFailure(error, url);
  }
};

/** A school-day count typed in a form; undefined when left empty. */
function schoolDays(value: string): number | undefined {
  return value === '' ? undefined : Number(value);
}

export const actions: Actions = {
  update: async ({ request, params, fetch, url }) => {
    const form = await request.formData();
    try {
      await execute(fetch, AdvocateUpdateCaseDocument, {
        input: {
          caseId: params.caseId,
          status: formText(form, 'status') as CaseStatus,
          stage: formText(form, 'stage'),
          issueCategories: formList(form, 'issueCategories'),
          outcome: formText(form, 'outcome'),
        },
      });
    } catch (error) {
      return apiFailure(error, url, 'update', (field) => `update-${field}`);
    }
    return { form: 'update', saved: true };
  },

  assign: async ({ request, params, fetch, url }) => {
    const form = await request.formData();
    try {
      await execute(fetch, AdvocateAssignCaseAdvocatesDocument, {
        input: { caseId: params.caseId, advocateUserIds: formList(form, 'advocateUserIds') },
      });
    } catch (error) {
      return apiFailure(error, url, 'assign', () => 'assign-advocateUserIds');
    }
    return { form: 'assign', saved: true };
  },

  open: async ({ request, params, fetch, url }) => {
    const form = await request.formData();
    const kind = formText(form, 'kind');
    if (!kind) {
      return formFailure('open', [{ field: 'open-kind', message: m.advocate_error_kind() }]);
    }
    try {
      await execute(fetch, AdvocateOpenProceedingDocument, {
        input: {
          caseId: params.caseId,
          kind: kind as ProceedingKind,
          filedBy: (formText(form, 'filedBy') || 'parent') as FiledBy,
        },
      });
    } catch (error) {
      return apiFailure(error, url, 'open', (field) => `open-${field}`);
    }
    return { form: 'open', saved: true };
  },

  record: async ({ request, fetch, url }) => {
    const form = await request.formData();
    const proceedingId = formText(form, 'proceedingId');
    const prefix = `record-${proceedingId}`;
    const input = {
      proceedingId,
      type: formText(form, 'type'),
      date: formText(form, 'date'),
      schoolDays: schoolDays(formText(form, 'schoolDays')),
    };
    const missing = [
      ...(input.type
        ? []
        : [{ field: `${prefix}-type`, message: m.advocate_error_choose_event() }]),
      ...(input.date ? [] : [{ field: `${prefix}-date`, message: m.advocate_error_date() }]),
    ];
    if (missing.length) return formFailure('record', missing, { proceedingId });
    try {
      await execute(fetch, AdvocateRecordProceedingEventDocument, { input });
    } catch (error) {
      return apiFailure(error, url, 'record', (field) => `${prefix}-${field}`, { proceedingId });
    }
    return { form: 'record', proceedingId, saved: true };
  },

  correct: async ({ request, fetch, url }) => {
    const form = await request.formData();
    const proceedingId = formText(form, 'proceedingId');
    const prefix = `correct-${proceedingId}`;
    const input = {
      eventId: formText(form, 'eventId'),
      type: formText(form, 'type'),
      date: formText(form, 'date'),
      reason: formText(form, 'reason'),
      schoolDays: schoolDays(formText(form, 'schoolDays')),
    };
    const missing = [
      ...(input.type
        ? []
        : [{ field: `${prefix}-type`, message: m.advocate_error_choose_event() }]),
      ...(input.date ? [] : [{ field: `${prefix}-date`, message: m.advocate_error_date() }]),
    ];
    if (missing.length) return formFailure('correct', missing, { proceedingId });
    try {
      await execute(fetch, AdvocateCorrectProceedingEventDocument, { input });
    } catch (error) {
      return apiFailure(error, url, 'correct', (field) => `${prefix}-${field}`, { proceedingId });
    }
    return { form: 'correct', proceedingId, saved: true };
  },
};
