import { getState, type StateProcedures } from '../states/index.js';

/*
 * Who a complaint is addressed to. The states dataset describes each office in the
 * researcher's words, with citations, limits and caveats ("Office of Administrative Hearings
 * (OAH), Department of General Services — Special Education Division"; "DEED Division ...
 * (4 AAC 52.500; 1-year limit; ...)"). A recipient block is printed on an envelope and at the
 * head of a letter, so it carries a name and, where the dataset gives one, an address: never
 * the notes or the citations (rules-corrections-2026-12.md, "Letters").
 *
 * The names below are read by hand from the dataset's own text. Each entry carries `evidence`,
 * words that must still appear in `getState(code)` for the entry to be used: when the data
 * changes (another office, a lower confidence), the letter falls back to "unknown" or to the
 * state educational agency instead of printing a stale name, and the letters tests fail so
 * that someone reads the new text.
 */

/** A recipient read from the dataset: the lines to print and the dataset words it rests on. */
interface ReadRecipient {
  /** Name lines, then address lines where the dataset gives an address. */
  readonly lines: readonly string[];
  /** Words of the dataset's value this entry was read from. */
  readonly evidence: string;
  /** Where the name comes from when it is not the dataset itself. */
  readonly source?: string;
}

/**
 * The office a due process complaint is sent to in each state: the body that conducts the
 * hearings or, where the dataset says requests are filed elsewhere (LA, MO, NJ), the office
 * that receives them. `district` marks the states whose dataset says the hearing is provided
 * by the child's own district or agency (KS, NY): the complaint goes to it. States not listed
 * here (the dataset has no body, or names only hearing officers and who keeps their list:
 * AR, VA) answer unknown.
 */
const HEARING_OFFICES: Readonly<
  Record<string, ReadRecipient | { readonly district: true; readonly evidence: string }>
> = {
  AK: {
    lines: ['Alaska Department of Education and Early Development'],
    evidence: 'appointed by DEED',
  },
  AZ: {
    lines: ['Arizona Office of Administrative Hearings'],
    evidence: 'Arizona Office of Administrative Hearings',
  },
  CA: {
    lines: ['California Office of Administrative Hearings', 'Special Education Division'],
    evidence:
      'Office of Administrative Hearings (OAH), Department of General Services — Special Education Division',
  },
  CO: {
    lines: ['Colorado Department of Education'],
    evidence: 'assigned once CDE confirms the due process complaint was received',
  },
  DE: {
    lines: ['Secretary of Education', 'Delaware Department of Education'],
    evidence: 'named by the Secretary of Education',
  },
  DC: {
    lines: ['Office of the State Superintendent of Education', 'Office of Dispute Resolution'],
    evidence: 'OSSE Office of Dispute Resolution',
  },
  FL: {
    lines: ['Florida Division of Administrative Hearings'],
    evidence: 'Division of Administrative Hearings (DOAH)',
  },
  GA: {
    lines: ['Georgia Office of State Administrative Hearings'],
    evidence: 'Office of State Administrative Hearings (OSAH)',
  },
  HI: {
    lines: ['Hawaii State Department of Education'],
    evidence: 'the hearing is conducted by the Hawaii DOE',
  },
  IL: { lines: ['Illinois State Board of Education'], evidence: 'appointed by ISBE' },
  IN: {
    lines: ['Secretary of Education', 'Indiana Department of Education'],
    evidence: 'appointed by the Secretary of Education',
  },
  IA: {
    lines: ['Iowa Department of Education'],
    evidence: 'conducted by the Iowa Department of Education',
  },
  KS: {
    district: true,
    evidence: "provided by the agency directly responsible for the child's education",
  },
  LA: { lines: ['Louisiana Department of Education'], evidence: 'request is filed with LDOE' },
  ME: {
    lines: ['Maine Department of Education', 'Due Process Office'],
    evidence: 'hearing requests go to the Department',
  },
  MD: {
    lines: ['Maryland Office of Administrative Hearings'],
    evidence: 'Maryland Office of Administrative Hearings (OAH)',
  },
  MA: {
    lines: [
      'Bureau of Special Education Appeals',
      'Massachusetts Division of Administrative Law Appeals',
    ],
    evidence: 'Bureau of Special Education Appeals (BSEA), Division of Administrative Law Appeals',
  },
  MI: {
    lines: ['Michigan Office of Administrative Hearings and Rules'],
    evidence: 'Michigan Office of Administrative Hearings and Rules',
  },
  MN: {
    lines: ['Minnesota Office of Administrative Hearings'],
    evidence: 'Office of Administrative Hearings (OAH)',
  },
  MS: {
    lines: ['Mississippi Department of Education', 'Office of Special Education'],
    evidence: 'provided through the MDE Office of Special Education',
  },
  MO: {
    lines: [
      'Missouri Department of Elementary and Secondary Education',
      'Office of Special Education',
    ],
    evidence: 'complaint is filed with DESE Office of Special Education',
  },
  MT: {
    lines: ['Superintendent of Public Instruction', 'Montana Office of Public Instruction'],
    evidence: 'appointed by the Superintendent of Public Instruction',
  },
  NE: {
    lines: ['Nebraska Department of Education'],
    evidence: 'assigned by the Nebraska Department of Education',
  },
  NV: { lines: ['Nevada Department of Education'], evidence: 'assigned by NDE' },
  NH: {
    lines: ['New Hampshire Department of Education'],
    evidence: 'hearing requested from the department',
  },
  NJ: {
    lines: [
      'New Jersey Department of Education',
      'Office of Special Education Policy and Dispute Resolution',
    ],
    evidence: 'requests filed with NJDOE Office of Special Education',
    source: 'rules-corrections-2026-12.md, Letters',
  },
  NY: { district: true, evidence: 'appointed by the school district board' },
  NC: {
    lines: ['North Carolina Office of Administrative Hearings'],
    evidence: 'Office of Administrative Hearings (OAH) ALJ',
  },
  ND: {
    lines: ['North Dakota Office of Administrative Hearings'],
    evidence: 'North Dakota Office of Administrative Hearings (OAH)',
  },
  OH: {
    lines: ['Ohio Department of Education and Workforce'],
    evidence: 'appointed by the state agency',
  },
  OK: {
    lines: ['Special Education Resolution Center', 'Oklahoma State University'],
    evidence: 'Special Education Resolution Center (SERC, Oklahoma State University)',
  },
  OR: {
    lines: ['Oregon Office of Administrative Hearings'],
    evidence: 'Oregon Office of Administrative Hearings',
  },
  PA: {
    lines: ['Pennsylvania Office for Dispute Resolution'],
    evidence: 'Office for Dispute Resolution (ODR)',
  },
  RI: {
    lines: [
      'Rhode Island Department of Education',
      'Office of Student, Community and Academic Supports',
    ],
    evidence: "RIDE's Special Education Impartial Due Process Hearing Procedures",
  },
  SC: {
    lines: ['South Carolina Department of Education', 'Office of General Counsel'],
    evidence: 'SCDE Office of General Counsel receives due process complaints',
  },
  SD: {
    lines: ['South Dakota Department of Education'],
    evidence: 'the SD Department of Education ensures/arranges the hearing',
  },
  TN: { lines: ['Tennessee Secretary of State'], evidence: 'employed by the Secretary of State' },
  TX: { lines: ['Texas Education Agency'], evidence: 'administered by TEA' },
  UT: {
    lines: ['Utah State Board of Education'],
    evidence: 'Utah State Board of Education conducts the due process hearing',
  },
  WA: {
    lines: ['Washington Office of Administrative Hearings'],
    evidence: 'Office of Administrative Hearings (OAH)',
  },
  WV: {
    lines: ['West Virginia Department of Education', 'Office of Special Education'],
    evidence: 'which administers the due process system',
  },
  WI: {
    lines: ['Wisconsin Division of Hearings and Appeals'],
    evidence: 'Division of Hearings and Appeals (DHA)',
  },
};

/**
 * The office that takes state complaints, where the dataset names one (with its address
 * where it gives one). A state complaint is filed with the State educational agency
 * (34 CFR 300.153(a)), so states not listed here are addressed to the agency by name.
 */
const COMPLAINT_OFFICES: Readonly<Record<string, ReadRecipient>> = {
  AL: {
    lines: [
      'State Superintendent of Education',
      'Special Education Services',
      'Alabama State Department of Education',
      'P.O. Box 302101',
      'Montgomery, AL 36130-2101',
    ],
    evidence: 'P.O. Box 302101, Montgomery, AL 36130-2101',
  },
  AK: {
    lines: [
      'Alaska Department of Education and Early Development',
      'Division of Innovation and Education Excellence',
    ],
    evidence: 'DEED Division of Innovation and Education Excellence',
  },
  AZ: {
    lines: ['Arizona Department of Education', 'Exceptional Student Services, Dispute Resolution'],
    evidence: 'ADE Exceptional Student Services, Dispute Resolution',
  },
  CA: {
    lines: ['California Department of Education', 'Special Education Division'],
    evidence: 'CDE Special Education Division',
  },
  CO: {
    lines: [
      'Colorado Department of Education',
      'Special Education Dispute Resolution',
      '201 E Colfax Ave',
      'Denver, Colorado',
    ],
    evidence: 'mail to 201 E Colfax Ave, Denver',
  },
  DC: {
    lines: ['Office of the State Superintendent of Education', 'State Complaint Office'],
    evidence: 'OSSE State Complaint Office',
  },
  FL: {
    lines: [
      'Florida Department of Education',
      'Bureau of Exceptional Education and Student Services',
    ],
    evidence: 'FDOE BEESS',
  },
  GA: {
    lines: [
      'Georgia Department of Education',
      'Division for Special Education Services and Supports',
    ],
    evidence: 'GaDOE Division for Special Education Services and Supports',
  },
  HI: {
    lines: [
      'Hawaii State Department of Education',
      'Monitoring and Compliance Branch',
      'specialedcomplaints@k12.hi.us',
    ],
    evidence:
      'Monitoring and Compliance Branch: state written complaints (specialedcomplaints@k12.hi.us',
  },
  ID: {
    lines: ['Idaho State Department of Education', 'Special Education Dispute Resolution'],
    evidence: 'Idaho State Department of Education, Special Education Dispute Resolution',
  },
  IL: {
    lines: ['Illinois State Board of Education', 'Special Education'],
    evidence: 'ISBE Special Education',
  },
  IN: {
    lines: ['Indiana Department of Education', 'Office of Special Education'],
    evidence: 'IDOE Office (division) of Special Education',
  },
  IA: {
    lines: ['Iowa Department of Education'],
    evidence: 'Iowa Department of Education: signed written state complaint',
  },
  KS: {
    lines: ['Commissioner of Education', 'Kansas State Department of Education'],
    evidence: 'KSDE / commissioner of education',
  },
  KY: {
    lines: ['Kentucky Department of Education', 'Office of Special Education and Early Learning'],
    evidence: 'Office of Special Education and Early Learning',
  },
  LA: {
    lines: [
      'Louisiana Department of Education',
      'Dispute Resolution',
      'disputeresolution.doe@la.gov',
    ],
    evidence: 'disputeresolution.doe@la.gov',
  },
  ME: {
    lines: ['Maine Department of Education', 'Office of Special Services'],
    evidence: 'Office of Special Services',
  },
  MD: {
    lines: [
      'Maryland State Department of Education',
      'Division of Early Intervention and Special Education Services',
      'Family Support and Dispute Resolution Branch',
    ],
    evidence: 'Family Support and Dispute Resolution Branch',
  },
  MA: {
    lines: [
      'Massachusetts Department of Elementary and Secondary Education',
      'Problem Resolution System',
    ],
    evidence: 'DESE Problem Resolution System',
  },
  MI: {
    lines: ['Michigan Department of Education', 'Office of Special Education'],
    evidence: 'MDE Office of Special Education',
  },
  MN: {
    lines: ['Minnesota Department of Education', 'Division of Compliance and Assistance'],
    evidence: 'MDE Division of Compliance and Assistance',
  },
  MS: {
    lines: ['Mississippi Department of Education', 'Office of Special Education'],
    evidence: 'MDE Office of Special Education',
  },
  MO: {
    lines: [
      'Missouri Department of Elementary and Secondary Education',
      'Office of Special Education, Compliance',
    ],
    evidence: 'DESE Office of Special Education, Compliance section',
  },
  MT: {
    lines: ['Montana Office of Public Instruction', 'Dispute Resolution Office'],
    evidence: 'OPI Dispute Resolution Office',
  },
  NE: {
    lines: ['Nebraska Department of Education', 'Office of Special Education'],
    evidence: 'Nebraska Department of Education, Office of Special Education',
  },
  NV: {
    lines: ['Superintendent of Public Instruction', 'Nevada Department of Education'],
    evidence: 'filed with the Superintendent',
  },
  NJ: {
    lines: ['New Jersey Department of Education', 'Office of Special Education'],
    evidence: 'NJDOE Office of Special Education',
  },
  NY: {
    lines: ['New York State Education Department', 'Office of Special Education'],
    evidence: 'NYSED Office of Special Education',
  },
  NC: {
    lines: [
      'North Carolina Department of Public Instruction',
      'Office of Exceptional Children, Dispute Resolution',
    ],
    evidence: 'NCDPI Office of Exceptional Children, Dispute Resolution',
  },
  ND: {
    lines: [
      'North Dakota Department of Public Instruction',
      'Office of Specially Designed Services',
    ],
    evidence: 'NDDPI Office of Specially Designed Services',
  },
  OH: {
    lines: ['Ohio Department of Education and Workforce', 'Office for Exceptional Children'],
    evidence: 'Ohio DEW Office for Exceptional Children',
  },
  OR: {
    lines: ['State Superintendent of Public Instruction', 'Oregon Department of Education'],
    evidence: 'filed with the State Superintendent of Public Instruction',
  },
  PA: {
    lines: [
      'Pennsylvania Department of Education',
      'Bureau of Special Education',
      'Division of Compliance Monitoring and Planning',
    ],
    evidence: 'PDE Bureau of Special Education, Division of Compliance Monitoring and Planning',
  },
  RI: {
    lines: [
      'Rhode Island Department of Education',
      'Office of Student, Community and Academic Supports',
    ],
    evidence: 'RIDE Office of Student, Community and Academic Supports',
  },
  SC: {
    lines: ['South Carolina Department of Education', 'Office of Special Education Services'],
    evidence: 'SCDE Office of Special Education Services',
  },
  SD: {
    lines: [
      'State Director of Special Education',
      'South Dakota Department of Education',
      'Special Education Programs',
    ],
    evidence: 'complaints to the state director of special education',
  },
  TN: {
    lines: [
      'Tennessee Department of Education',
      'Special Education Legal Team',
      'Dispute.Resolution@tn.gov',
    ],
    evidence: 'Dispute.Resolution@tn.gov',
  },
  TX: {
    lines: ['Texas Education Agency', 'Special Education Complaints'],
    evidence: 'TEA Special Education Complaints',
  },
  UT: {
    lines: [
      'State Director of Special Education',
      'Utah State Board of Education',
      'Special Education Services',
    ],
    evidence: 'submit to the State Director of Special Education',
  },
  VT: {
    lines: ['Secretary of Education', 'Vermont Agency of Education'],
    evidence: 'administrative complaint to the Secretary of Education',
  },
  VA: {
    lines: [
      'Virginia Department of Education',
      'Office of Dispute Resolution and Administrative Services',
    ],
    evidence: 'VDOE Office of Dispute Resolution and Administrative Services',
  },
  WA: {
    lines: ['Washington Office of Superintendent of Public Instruction', 'Special Education'],
    evidence: 'OSPI Special Education',
  },
  WV: {
    lines: ['West Virginia Department of Education', 'Office of Special Education'],
    evidence: 'WVDE special education office',
  },
  WI: {
    lines: ['Wisconsin Department of Public Instruction', 'Special Education Team'],
    evidence: 'DPI Special Education Team',
  },
  WY: {
    lines: [
      'State Director of Special Education',
      'Wyoming Department of Education',
      'wde-disputeinbox@wyo.gov',
    ],
    evidence: 'wde-disputeinbox@wyo.gov',
  },
};

/** A dataset value a letter may rely on: the state's own, graded medium or high. */
function trusted(field: {
  value: string | null;
  status: string;
  confidence: string;
}): string | null {
  if (field.value === null || field.status !== 'state') return null;
  return field.confidence === 'high' || field.confidence === 'medium' ? field.value : null;
}

/**
 * An agency's name as the dataset spells it, less what is not part of the name: parenthesized
 * acronyms and remarks ("(ALSDE)", "(single SEA/LEA)", "(formerly ...)") and anything after a
 * colon, semicolon or dash.
 */
export function agencyNameOnly(text: string): string {
  let name = text;
  // Nested parentheses do not occur in the dataset's names; repeat for several groups.
  while (/\([^()]*\)/.test(name)) name = name.replace(/\s*\([^()]*\)/g, '');
  name = name.split(/[:;]|\s[—–-]\s/)[0] ?? '';
  return name.replace(/\s+/g, ' ').replace(/\s+,/g, ',').trim();
}

/**
 * The State educational agency's name, or null when the dataset does not know it (or grades it
 * low). Its own name only, the dataset's remarks dropped, as address lines: the agency, then
 * its division ("Alabama State Department of Education" / "Special Education Services").
 *
 * @example
 * ```ts
 * stateAgencyLines(getState('HI')); // ['Hawaii State Department of Education']
 * ```
 */
export function stateAgencyLines(state: StateProcedures): readonly string[] | null {
  const value = trusted(state.educationAgency);
  if (value === null) return null;
  const name = agencyNameOnly(value);
  // Only the first comma separates the agency from its division: a division's own name may
  // hold one ("Office of Student, Community and Academic Supports").
  const comma = name.indexOf(', ');
  return comma === -1 ? [name] : [name.slice(0, comma), name.slice(comma + 2)];
}

/** Who a due process complaint is addressed to in a state. */
export type HearingRecipient =
  | {
      readonly kind: 'office';
      /** Name lines (no notes, no citations). */
      readonly lines: readonly string[];
      /** Where the name was read: the dataset's hearing body field and its source. */
      readonly basis: string;
    }
  /** The hearing is provided by the child's own district or agency: the complaint goes to it. */
  | { readonly kind: 'district'; readonly basis: string }
  /** The dataset has no body, or a low-confidence one, or one that is not a body. */
  | { readonly kind: 'unknown' };

function evidenced(value: string | null, evidence: string): boolean {
  return value !== null && value.includes(evidence);
}

/**
 * The office a due process complaint is sent to in a state, read from `getState(code).hearingBody`
 * (the state's own value graded medium or high). Unknown where the dataset has none, grades it
 * low, or names hearing officers but no body that runs the hearings.
 *
 * @example
 * ```ts
 * hearingRecipient('MA'); // { kind: 'office', lines: ['Bureau of Special Education Appeals', ...], basis: ... }
 * hearingRecipient('AL'); // { kind: 'unknown' }
 * ```
 */
export function hearingRecipient(code: string): HearingRecipient {
  const state = getState(code);
  const value = trusted(state.hearingBody);
  const entry = HEARING_OFFICES[state.code];
  if (entry === undefined || !evidenced(value, entry.evidence)) return { kind: 'unknown' };
  const basis = [
    `${state.code} hearing body`,
    state.hearingBody.source,
    'source' in entry ? entry.source : undefined,
  ]
    .filter((part): part is string => part !== undefined && part !== null)
    .join('; ');
  return 'district' in entry
    ? { kind: 'district', basis }
    : { kind: 'office', lines: entry.lines, basis };
}

/**
 * The lines of the state complaint's recipient block: the complaint office the dataset names
 * (with its address where it gives one), else the State educational agency by name (complaints
 * are filed with it, 34 CFR 300.153(a)), else null when neither is known.
 *
 * @example
 * ```ts
 * stateComplaintRecipient('CA'); // ['California Department of Education', 'Special Education Division']
 * ```
 */
export function stateComplaintRecipient(code: string): readonly string[] | null {
  const state = getState(code);
  const entry = COMPLAINT_OFFICES[state.code];
  if (entry !== undefined && evidenced(trusted(state.stateComplaintOffice), entry.evidence)) {
    return entry.lines;
  }
  return stateAgencyLines(state);
}

/** For tests: the states with a hand-read hearing office or complaint office. */
export const readRecipients = {
  hearingOffices: HEARING_OFFICES,
  complaintOffices: COMPLAINT_OFFICES,
} as const;
