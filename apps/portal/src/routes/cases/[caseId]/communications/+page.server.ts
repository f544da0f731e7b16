import {
  CaselogsCommunicationsDocument,
  CaselogsLogCommunicationDocument,
  type CommunicationMode,
  execute,
} from '@continuum/graphql-client';
import { lines } from '$lib/caselogs/lines';
import type { FormError } from '$lib/forms/form-error';
import { m } from '$lib/paraglide/messages';
import { apiFailure, formFailure, formText, loadFailure } from '$lib/server/advocate/actions';
import { requireSignedIn } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, params, url, fetch }) => {
  const { me } = await parent();
  requireSignedIn(me, url);
  try {
    const { data } = await execute(fetch, CaselogsCommunicationsDocument, {
      caseId: params.caseId,
    });
    return { caseFile: data.case, communications: data.communications };
  } catch (error) {
    loadFailure(error, url);
  }
};

export const actions: Actions = {
  logCommunication: async ({ request, params, fetch, url }) => {
    const form = await request.formData();
    const occurredOn = formText(form, 'occurredOn');
    const mode = formText(form, 'mode');
    const summary = formText(form, 'summary');
    const missing: FormError[] = [
      ...(occurredOn
        ? []
        : [{ field: 'communication-occurredOn', message: m.caselogs_error_date() }]),
      ...(mode ? [] : [{ field: 'communication-mode', message: m.caselogs_error_mode() }]),
      ...(summary ? [] : [{ field: 'communication-summary', message: m.caselogs_error_summary() }]),
    ];
    if (missing.length) return formFailure('logCommunication', missing);
    try {
      await execute(fetch, CaselogsLogCommunicationDocument, {
        input: {
          caseId: params.caseId,
          occurredOn,
          mode: mode as CommunicationMode,
          parties: lines(formText(form, 'parties')),
          summary,
        },
      });
    } catch (error) {
      return apiFailure(error, url, 'logCommunication', (field) => `communication-${field}`);
    }
    return { form: 'logCommunication', saved: true };
  },
};
