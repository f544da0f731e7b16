import {
  CaselogsLogMeetingDocument,
  CaselogsMeetingsDocument,
  execute,
  type MeetingKind,
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
    const { data } = await execute(fetch, CaselogsMeetingsDocument, { caseId: params.caseId });
    return { caseFile: data.case, meetings: data.meetings };
  } catch (error) {
    loadFailure(error, url);
  }
};

export const actions: Actions = {
  logMeeting: async ({ request, params, fetch, url }) => {
    const form = await request.formData();
    const kind = formText(form, 'kind');
    const heldOn = formText(form, 'heldOn');
    const missing: FormError[] = [
      ...(heldOn ? [] : [{ field: 'meeting-heldOn', message: m.caselogs_error_date() }]),
      ...(kind ? [] : [{ field: 'meeting-kind', message: m.caselogs_error_kind() }]),
    ];
    if (missing.length) return formFailure('logMeeting', missing);
    try {
      await execute(fetch, CaselogsLogMeetingDocument, {
        input: {
          caseId: params.caseId,
          heldOn,
          kind: kind as MeetingKind,
          attendees: lines(formText(form, 'attendees')),
          proposed: formText(form, 'proposed'),
          parentObjections: formText(form, 'parentObjections'),
          followUps: formText(form, 'followUps'),
        },
      });
    } catch (error) {
      return apiFailure(error, url, 'logMeeting', (field) => `meeting-${field}`);
    }
    return { form: 'logMeeting', saved: true };
  },
};
