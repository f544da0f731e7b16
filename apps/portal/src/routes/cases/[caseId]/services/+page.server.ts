import {
  CaselogsAddServiceRequirementDocument,
  CaselogsDeleteServiceRequirementDocument,
  CaselogsDeleteServiceSessionDocument,
  CaselogsLogServiceSessionDocument,
  CaselogsServiceLogDocument,
  CaselogsUpdateServiceRequirementDocument,
  CaselogsUpdateServiceSessionDocument,
  execute,
  type ServiceFrequency,
  type ServiceSessionStatus,
} from '@continuum/graphql-client';
import { m } from '$lib/paraglide/messages';
import { apiFailure, formFailure, formText } from '$lib/server/form-actions';
import { deleteAction, logActions } from '$lib/server/caselogs/log-actions';
import { loadCaseLog } from '$lib/server/caselogs/load';
import type { FormError } from '$lib/forms/form-error';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
  loadCaseLog(event, async () => {
    const { data } = await execute(event.fetch, CaselogsServiceLogDocument, {
      caseId: event.params.caseId,
    });
    return { caseFile: data.case, log: data.serviceLog };
  });

/** A whole number typed in a form; NaN when it is not one, so the API names the field. */
function wholeNumber(value: string): number {
  return /^\d+$/.test(value) ? Number(value) : Number.NaN;
}

function required(form: FormData, fields: Record<string, string>, prefix: string): FormError[] {
  return Object.entries(fields)
    .filter(([name]) => formText(form, name) === '')
    .map(([name, message]) => ({ field: `${prefix}-${name}`, message }));
}

const readService = (form: FormData) => ({
  service: formText(form, 'service'),
  minutes: formText(form, 'minutes'),
  frequency: formText(form, 'frequency') || 'WEEKLY',
  provider: formText(form, 'provider'),
  startDate: formText(form, 'startDate'),
  endDate: formText(form, 'endDate'),
  // A checkbox: 'on' when checked, absent (so '') when not.
  extendedSchoolYear: formText(form, 'extendedSchoolYear'),
});
type ServiceValues = ReturnType<typeof readService>;

const serviceInput = (values: ServiceValues) => ({
  service: values.service,
  provider: values.provider,
  frequency: values.frequency as ServiceFrequency,
  minutes: wholeNumber(values.minutes),
  startDate: values.startDate,
  extendedSchoolYear: values.extendedSchoolYear !== '',
});

const services = logActions({
  prefix: 'service',
  read: readService,
  check: (values) => [
    ...(values.service ? [] : [{ name: 'service', message: m.caselogs_error_service() }]),
    ...(/^\d+$/.test(values.minutes)
      ? []
      : [{ name: 'minutes', message: m.caselogs_error_minutes() }]),
    ...(values.startDate ? [] : [{ name: 'startDate', message: m.caselogs_error_date() }]),
  ],
  create: (fetch, caseId, values) =>
    execute(fetch, CaselogsAddServiceRequirementDocument, {
      input: {
        caseId,
        ...serviceInput(values),
        provider: values.provider || undefined,
        endDate: values.endDate || undefined,
      },
    }),
  // An empty end date clears it: the service is ongoing again.
  update: (fetch, requirementId, values) =>
    execute(fetch, CaselogsUpdateServiceRequirementDocument, {
      input: { requirementId, ...serviceInput(values), endDate: values.endDate || null },
    }),
  remove: (fetch, requirementId) =>
    execute(fetch, CaselogsDeleteServiceRequirementDocument, { requirementId }),
});

export const actions: Actions = {
  addService: services.log,
  updateService: services.update,
  deleteService: services.delete,
  // Sessions are logged and corrected by forms of their own (below); deleting is shared.
  deleteSession: deleteAction('session', (fetch, sessionId) =>
    execute(fetch, CaselogsDeleteServiceSessionDocument, { sessionId }),
  ),

  logSession: async ({ request, fetch, url }) => {
    const form = await request.formData();
    const requirementId = formText(form, 'requirementId');
    const prefix = `session-${requirementId}`;
    const status = (formText(form, 'status') || 'DELIVERED') as ServiceSessionStatus;
    const missing = required(
      form,
      { date: m.caselogs_error_date(), minutes: m.caselogs_error_session_minutes() },
      prefix,
    );
    const minutes = wholeNumber(formText(form, 'minutes'));
    if (!missing.some((e) => e.field === `${prefix}-minutes`) && Number.isNaN(minutes)) {
      missing.push({ field: `${prefix}-minutes`, message: m.caselogs_error_session_minutes() });
    }
    // The API insists too; saying it here names the field before a round trip.
    if (status === 'MISSED' && formText(form, 'reason') === '') {
      missing.push({ field: `${prefix}-reason`, message: m.caselogs_error_reason() });
    }
    if (missing.length) return formFailure('logSession', missing, { requirementId });
    try {
      await execute(fetch, CaselogsLogServiceSessionDocument, {
        input: {
          requirementId,
          date: formText(form, 'date'),
          minutes,
          status,
          reason: formText(form, 'reason') || undefined,
        },
      });
    } catch (error) {
      return apiFailure(error, url, 'logSession', {
        fieldId: (field) => `${prefix}-${field}`,
        extra: {
          requirementId,
        },
      });
    }
    return { form: 'logSession', requirementId, saved: true };
  },

  // Corrects any of a session's answers: a session logged delivered and corrected to missed
  // stops counting as delivered, so the time owed rises.
  correctSession: async ({ request, fetch, url }) => {
    const form = await request.formData();
    const sessionId = formText(form, 'sessionId');
    const prefix = `correct-${sessionId}`;
    const values = {
      date: formText(form, 'date'),
      minutes: formText(form, 'minutes'),
      status: formText(form, 'status'),
      reason: formText(form, 'reason'),
    };
    const errors: FormError[] = [
      ...(values.date ? [] : [{ field: `${prefix}-date`, message: m.caselogs_error_date() }]),
      ...(/^\d+$/.test(values.minutes)
        ? []
        : [{ field: `${prefix}-minutes`, message: m.caselogs_error_session_minutes() }]),
      ...(values.status === 'MISSED' && values.reason === ''
        ? [{ field: `${prefix}-reason`, message: m.caselogs_error_reason() }]
        : []),
    ];
    if (errors.length) return formFailure('correctSession', errors, { sessionId, values });
    try {
      await execute(fetch, CaselogsUpdateServiceSessionDocument, {
        input: {
          sessionId,
          date: values.date,
          minutes: wholeNumber(values.minutes),
          status: values.status as ServiceSessionStatus,
          reason: values.reason || undefined,
        },
      });
    } catch (error) {
      return apiFailure(error, url, 'correctSession', {
        fieldId: (field) => `${prefix}-${field}`,
        extra: {
          sessionId,
          values,
        },
      });
    }
    return { form: 'correctSession', sessionId, saved: true };
  },
};
