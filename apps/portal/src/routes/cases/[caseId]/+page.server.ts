import {
  AdvocateAssignCaseAdvocatesDocument,
  AdvocateCaseDocument,
  AdvocateConfirmCaseStateDocument,
  AdvocateCorrectProceedingEventDocument,
  AdvocateMembersDocument,
  AdvocateOpenProceedingDocument,
  AdvocateQuestionnaireDocument,
  AdvocateRecordProceedingEventDocument,
  AdvocateUpdateCaseDocument,
  type CaseStatus,
  execute,
  type FiledBy,
  type ProceedingKind,
} from '@continuum/graphql-client';
import { apiLanguage } from '$lib/family/labels';
import { parseQuestionnaire, stateLabel } from '$lib/family/questionnaire';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { apiFailure, loadFailure, formFailure, formList, formText } from '$lib/server/form-actions';
import { requireAdvocate } from '$lib/server/advocate/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, params, url, fetch }) => {
  const { me } = await parent();
  requireAdvocate(me, url);
  try {
    // The intake's recommendation is carried in the reader's language.
    const lang = apiLanguage(getLocale());
    const [found, members] = await Promise.all([
      execute(fetch, AdvocateCaseDocument, { caseId: params.caseId, lang }),
      execute(fetch, AdvocateMembersDocument),
    ]);
    const question = found.data.case.stateQuestion;
    // States by name, as the questionnaire lists them, only when there is a question to ask.
    const states =
      question &&
      parseQuestionnaire(
        (await execute(fetch, AdvocateQuestionnaireDocument, { lang })).data.intakeQuestionnaire,
      );
    return {
      caseFile: found.data.case,
      stateQuestion: question && {
        intakeState: question.intakeState,
        studentState: question.studentState,
        intakeStateLabel: stateLabel(states, question.intakeState),
        studentStateLabel: stateLabel(states, question.studentState),
      },
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
      return apiFailure(error, url, 'update', { fieldId: (field) => `update-${field}` });
    }
    return { form: 'update', saved: true };
  },

  confirmState: async ({ request, params, fetch, url }) => {
    const form = await request.formData();
    const state = formText(form, 'state');
    if (!state) {
      return formFailure('confirmState', [
        { field: 'confirm-state', message: m.carry_state_error_choose() },
      ]);
    }
    try {
      await execute(fetch, AdvocateConfirmCaseStateDocument, {
        input: { caseId: params.caseId, state },
      });
    } catch (error) {
      return apiFailure(error, url, 'confirmState', { fieldId: () => 'confirm-state' });
    }
    return { form: 'confirmState', saved: true };
  },

  assign: async ({ request, params, fetch, url }) => {
    const form = await request.formData();
    try {
      await execute(fetch, AdvocateAssignCaseAdvocatesDocument, {
        input: { caseId: params.caseId, advocateUserIds: formList(form, 'advocateUserIds') },
      });
    } catch (error) {
      return apiFailure(error, url, 'assign', { fieldId: () => 'assign-advocateUserIds' });
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
      return apiFailure(error, url, 'open', { fieldId: (field) => `open-${field}` });
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
      return apiFailure(error, url, 'record', {
        fieldId: (field) => `${prefix}-${field}`,
        extra: { proceedingId },
      });
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
      return apiFailure(error, url, 'correct', {
        fieldId: (field) => `${prefix}-${field}`,
        extra: { proceedingId },
      });
    }
    return { form: 'correct', proceedingId, saved: true };
  },
};
