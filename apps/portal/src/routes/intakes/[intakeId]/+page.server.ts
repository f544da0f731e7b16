import {
  AdvocateCreateCaseFromIntakeDocument,
  AdvocateIntakeDocument,
  AdvocateIntakeFamilyDocument,
  AdvocateMembersDocument,
  AdvocateQuestionnaireDocument,
  execute,
  InviteFamilyParentDocument,
  type Language,
} from '@continuum/graphql-client';
import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { answerRows, readRecommendation } from '$lib/advocate/intake';
import { parseQuestionnaire, stateLabel } from '$lib/family/questionnaire';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { apiFailure, formFailure, loadFailure, formList, formText } from '$lib/server/form-actions';
import { requireAdvocate } from '$lib/server/advocate/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, params, url, fetch }) => {
  const { me } = await parent();
  const session = requireAdvocate(me, url);
  try {
    const { data } = await execute(fetch, AdvocateIntakeDocument, { intakeId: params.intakeId });
    const intake = data.intake;
    // Questions in the reader's language; the recommendation stays in the family's.
    const lang: Language = getLocale() === 'es' ? 'ES' : 'EN';
    const [family, questionnaire, members] = await Promise.all([
      execute(fetch, AdvocateIntakeFamilyDocument, { familyId: intake.familyId }),
      execute(fetch, AdvocateQuestionnaireDocument, { lang }),
      execute(fetch, AdvocateMembersDocument),
    ]);
    const yesNo = (value: boolean) => (value ? m.advocate_yes() : m.advocate_no());
    const question = intake.stateQuestion;
    const states = question && parseQuestionnaire(questionnaire.data.intakeQuestionnaire);
    return {
      intake: {
        id: intake.id,
        status: intake.status,
        caseId: intake.caseId,
        studentId: intake.studentId,
        lang: intake.lang,
        submittedAt: intake.submittedAt,
      },
      family: family.data.family,
      // The intake's state and the student's record disagree: asked before anything is computed.
      stateQuestion: question && {
        intakeState: question.intakeState,
        studentState: question.studentState,
        intakeStateLabel: stateLabel(states, question.intakeState),
        studentStateLabel: stateLabel(states, question.studentState),
      },
      answers: answerRows(questionnaire.data.intakeQuestionnaire, intake.answers, yesNo),
      recommendation: readRecommendation(intake.recommendation),
      advocates: members.data.organizationMembers.filter((member) => member.role !== 'PARENT'),
      myUserId: session.me.user.id,
      // Staff who took a phone intake may invite its caller to the family.
      mayInvite: session.ability.can('create', 'PhoneIntake'),
    };
  } catch (error) {
    loadFailure(error, url);
  }
};

export const actions: Actions = {
  /** Invites a phone intake's caller: accepting links them to this intake's family. */
  invite: async ({ request, params, fetch, url }) => {
    const email = formText(await request.formData(), 'email');
    if (!email)
      return formFailure('invite', [
        { field: 'inviteEmail', message: m.phone_intake_invite_error_email() },
      ]);
    try {
      const { data } = await execute(fetch, AdvocateIntakeDocument, { intakeId: params.intakeId });
      await execute(fetch, InviteFamilyParentDocument, {
        input: { familyId: data.intake.familyId, email },
      });
    } catch (error) {
      return apiFailure(error, url, 'invite', {
        fieldId: (field) => (field === 'email' ? 'inviteEmail' : field),
      });
    }
    return { form: 'invite', invited: email };
  },

  triage: async ({ request, params, fetch, url }) => {
    const form = await request.formData();
    const studentId = formText(form, 'studentId');
    const confirmedState = formText(form, 'confirmedState');
    let caseId: string;
    try {
      const { data } = await execute(fetch, AdvocateCreateCaseFromIntakeDocument, {
        input: {
          intakeId: params.intakeId,
          advocateUserIds: formList(form, 'advocateUserIds'),
          ...(studentId ? { studentId } : {}),
          ...(confirmedState ? { confirmedState } : {}),
        },
      });
      caseId = data.createCaseFromIntake.id;
    } catch (error) {
      return apiFailure(error, url, 'triage');
    }
    redirect(303, resolve('/cases/[caseId]', { caseId }));
  },
};
