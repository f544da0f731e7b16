import type { Confidence, Duration } from '../states/index.js';
import type { GuideText } from './types.js';

/**
 * A state's window for a parent to object to a proposed IEP before the district acts on it.
 * Federal law sets none (the district gives prior written notice a reasonable time before it
 * acts, 34 CFR 300.503(a)); only the states below set one, as read in idea-rules.md section A5
 * and the dataset's notes. Every other state answers "unknown — check your state's procedural
 * safeguards notice". Texas's ARD recess (19 TAC 89.1050) is an unverified lead and is left out.
 */
export interface ObjectionWindow {
  duration: Duration;
  /** What the window means for the parent, in both languages. */
  text: GuideText;
  source: string;
  confidence: Confidence;
}

/**
 * The states with a reviewed objection window, by code.
 *
 * @example
 * ```ts
 * OBJECTION_WINDOWS.NJ?.duration; // { amount: 15, unit: 'days' }
 * OBJECTION_WINDOWS.AZ; // undefined: unknown
 * ```
 */
export const OBJECTION_WINDOWS: Readonly<Partial<Record<string, ObjectionWindow>>> = {
  NJ: {
    duration: { amount: 15, unit: 'days' },
    text: {
      en: 'The school must tell you in writing 15 days before it acts. It goes ahead unless you ask for mediation or a hearing in that time.',
      es: 'La escuela le debe avisar por escrito 15 días antes de actuar. Lo hace, a menos que usted pida mediación o una audiencia en ese tiempo.',
    },
    source: 'N.J.A.C. 6A:14-2.3(h)',
    confidence: 'medium',
  },
  MA: {
    duration: { amount: 30, unit: 'days' },
    text: {
      en: 'You have 30 days to accept or reject the proposed IEP, in whole or in part.',
      es: 'Tiene 30 días para aceptar o rechazar el IEP propuesto, todo o en parte.',
    },
    source: '603 CMR 28.05(7)',
    confidence: 'medium',
  },
};
