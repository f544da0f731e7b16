import {
  CaselogsCommunicationPeopleDocument,
  CaselogsCommunicationsDocument,
  CaselogsDeleteCommunicationDocument,
  CaselogsLogCommunicationDocument,
  CaselogsUpdateCommunicationDocument,
  type CommunicationMode,
  execute,
} from '@continuum/graphql-client';
import { lines } from '$lib/caselogs/lines';
import { m } from '$lib/paraglide/messages';
import { formList, formText } from '$lib/server/form-actions';
import { abilityFor } from '$lib/session/ability';
import { logActions, type MissingAnswer } from '$lib/server/caselogs/log-actions';
import { loadCaseLog } from '$lib/server/caselogs/load';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
  loadCaseLog(event, async () => {
    const { data } = await execute(event.fetch, CaselogsCommunicationsDocument, {
      caseId: event.params.caseId,
    });
    const { me } = await event.parent();
    // Who was spoken with: the family's people, and anyone already named on this case's log.
    // Staff only: a parent reads the log, never the organization's people.
    const known = new Map(
      data.communications.flatMap((c) =>
        c.personId && c.personName ? [[c.personId, c.personName] as const] : [],
      ),
    );
    if (abilityFor(me).can('read', 'Person')) {
      const family = await execute(event.fetch, CaselogsCommunicationPeopleDocument, {
        familyId: data.case.student.familyId,
      });
      for (const person of family.data.people) known.set(person.id, person.name);
    }
    return {
      caseFile: data.case,
      communications: data.communications,
      documents: data.caseDocuments,
      people: [...known].map(([id, name]) => ({ id, name })),
    };
  });

const read = (form: FormData) => ({
  occurredOn: formText(form, 'occurredOn'),
  mode: formText(form, 'mode'),
  parties: formText(form, 'parties'),
  summary: formText(form, 'summary'),
  personId: formText(form, 'personId'),
  documentIds: formList(form, 'documentIds'),
});
type Values = ReturnType<typeof read>;

const communication = (values: Values) => ({
  occurredOn: values.occurredOn,
  mode: values.mode as CommunicationMode,
  parties: lines(values.parties),
  summary: values.summary,
  // Always sent, so unticking every document unlinks them.
  documentIds: values.documentIds,
});

export const actions: Actions = logActions({
  prefix: 'communication',
  read,
  check: (values) =>
    [
      ...(values.occurredOn ? [] : [{ name: 'occurredOn', message: m.caselogs_error_date() }]),
      ...(values.mode ? [] : [{ name: 'mode', message: m.caselogs_error_mode() }]),
      ...(values.summary ? [] : [{ name: 'summary', message: m.caselogs_error_summary() }]),
    ] satisfies MissingAnswer[],
  create: (fetch, caseId, values) =>
    execute(fetch, CaselogsLogCommunicationDocument, {
      input: { caseId, ...communication(values), personId: values.personId || null },
    }),
  update: (fetch, communicationId, values) =>
    execute(fetch, CaselogsUpdateCommunicationDocument, {
      // An empty choice names nobody: the API clears who was spoken with.
      input: { communicationId, ...communication(values), personId: values.personId },
    }),
  remove: (fetch, communicationId) =>
    execute(fetch, CaselogsDeleteCommunicationDocument, { communicationId }),
});
