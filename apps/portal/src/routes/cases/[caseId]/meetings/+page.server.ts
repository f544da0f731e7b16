import {
  CaselogsDeleteMeetingDocument,
  CaselogsLogMeetingDocument,
  CaselogsMeetingsDocument,
  CaselogsUpdateMeetingDocument,
  execute,
  type MeetingKind,
} from '@continuum/graphql-client';
import { lines } from '$lib/caselogs/lines';
import { m } from '$lib/paraglide/messages';
import { formList, formText } from '$lib/server/form-actions';
import { logActions, type MissingAnswer } from '$lib/server/caselogs/log-actions';
import { loadCaseLog } from '$lib/server/caselogs/load';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
  loadCaseLog(event, async () => {
    const { data } = await execute(event.fetch, CaselogsMeetingsDocument, {
      caseId: event.params.caseId,
    });
    // Staff who can be marked as attending (the report's meetings attended).
    const staff = data.organizationMembers
      .filter((member) => member.role === 'ORG_ADMIN' || member.role === 'ADVOCATE')
      .map((member) => member.user);
    return { caseFile: data.case, meetings: data.meetings, documents: data.caseDocuments, staff };
  });

const read = (form: FormData) => ({
  heldOn: formText(form, 'heldOn'),
  kind: formText(form, 'kind'),
  attendees: formText(form, 'attendees'),
  proposed: formText(form, 'proposed'),
  parentObjections: formText(form, 'parentObjections'),
  followUps: formText(form, 'followUps'),
  documentIds: formList(form, 'documentIds'),
  staffUserIds: formList(form, 'staffUserIds'),
});
type Values = ReturnType<typeof read>;

const meeting = (values: Values) => ({
  heldOn: values.heldOn,
  kind: values.kind as MeetingKind,
  attendees: lines(values.attendees),
  proposed: values.proposed,
  parentObjections: values.parentObjections,
  followUps: values.followUps,
  // Always sent, so unticking every document unlinks them.
  documentIds: values.documentIds,
  staffUserIds: values.staffUserIds,
});

export const actions: Actions = logActions({
  prefix: 'meeting',
  read,
  check: (values) =>
    [
      ...(values.heldOn ? [] : [{ name: 'heldOn', message: m.caselogs_error_date() }]),
      ...(values.kind ? [] : [{ name: 'kind', message: m.caselogs_error_kind() }]),
    ] satisfies MissingAnswer[],
  create: (fetch, caseId, values) =>
    execute(fetch, CaselogsLogMeetingDocument, { input: { caseId, ...meeting(values) } }),
  update: (fetch, meetingId, values) =>
    execute(fetch, CaselogsUpdateMeetingDocument, { input: { meetingId, ...meeting(values) } }),
  remove: (fetch, meetingId) => execute(fetch, CaselogsDeleteMeetingDocument, { meetingId }),
});
