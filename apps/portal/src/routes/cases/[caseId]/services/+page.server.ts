import {
  CaselogsAddServiceRequirementDocument,
  CaselogsLogServiceSessionDocument,
  CaselogsServiceLogDocument,
  CaselogsUpdateServiceSessionDocument,
  execute,
  type ServiceFrequency,
  type ServiceSessionStatus,
} from '@continuum/graphql-client';
import { m } from '$lib/paraglide/messages';
import { apiFailure, formFailure, formText, loadFailure } from '$lib/server/advocate/actions';
import { requireSignedIn } from '$lib/server/guard';
import type { FormError } from '$lib/forms/form-error';
import type { Actions, PageServerLoad } from './$types';

// Parents read their own case's log (the API scopes it); only staff see the forms.
export const load: PageServerLoad = async ({ parent, params, url, fetch }) => {
  const { me } = await parent();
  requireSignedIn(me, url);
  try {
    const { data } = await execute(fetch, CaselogsServiceLogDocument, { caseId: params.caseId });
    return { caseFile: data.case, log: data.serviceLog };
  } catch (error) {
    loadFailure(error, url);
  }
};

/** A whole number typed in a form; NaN when it is not one, so the API names the field. */
function wholeNumber(value: string): number {
  return /^\d+$/.test(value) ? Number(value) : Number.NaN;
}

function required(form: FormData, fields: Record<string, string>, prefix: string): FormError[] {
  return Object.entries(fields)
    .filter(([name]) => formText(form, name) === '')
    .map(([name, message]) => ({ field: `${prefix}-${name}`, message }));
}

export const actions: Actions = {
  addService: async ({ request, params, fetch, url }) => {
    const form = await request.formData();
    const missing = required(
      form,
      {
        service: m.caselogs_error_service(),
        minutes: m.caselogs_error_minutes(),
        startDate: m.caselogs_error_date(),
      },
      'service',
    );
    const minutes = wholeNumber(formText(form, 'minutes'));
    if (!missing.length && Number.isNaN(minutes)) {
      missing.push({ field: 'service-minutes', message: m.caselogs_error_minutes() });
    }
    if (missing.length) return formFailure('addService', missing);
    try {
      await execute(fetch, CaselogsAddServiceRequirementDocument, {
        input: {
          caseId: params.caseId,
          service: formText(form, 'service'),
          provider: formText(form, 'provider') || undefined,
          frequency: (formText(form, 'frequency') || 'WEEKLY') as ServiceFrequency,
          minutes,
          startDate: formText(form, 'startDate'),
          endDate: formText(form, 'endDate') || undefined,
        },
      });
    } catch (error) {
      return apiFailure(error, url, 'addService', (field) => `service-${field}`);
    }
    return { form: 'addService', saved: true };
  },

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
      return apiFailure(error, url, 'logSession', (field) => `${prefix}-${field}`, {
        requirementId,
      });
    }
    return { form: 'logSession', requirementId, saved: true };
  },

  correctSession: async ({ request, fetch, url }) => {
    const form = await request.formData();
    const sessionId = formText(form, 'sessionId');
    const prefix = `correct-${sessionId}`;
    const status = formText(form, 'status') as ServiceSessionStatus;
    const reason = formText(form, 'reason');
    if (status === 'MISSED' && reason === '') {
      return formFailure(
        'correctSession',
        [{ field: `${prefix}-reason`, message: m.caselogs_error_reason() }],
        { sessionId },
      );
    }
    try {
      await execute(fetch, CaselogsUpdateServiceSessionDocument, {
        input: { sessionId, status, reason: reason || undefined },
      });
    } catch (error) {
      return apiFailure(error, url, 'correctSession', (field) => `${prefix}-${field}`, {
        sessionId,
      });
    }
    return { form: 'correctSession', sessionId, saved: true };
  },
};
