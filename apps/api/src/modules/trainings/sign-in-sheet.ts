import { parse } from 'csv-parse/sync';
import type { PersonRole } from '../parent-center/parent-center.entities';

export const SIGN_IN_SHEET_MAX_ROWS = 2000;
export const SIGN_IN_SHEET_MAX_BYTES = 1_000_000;

export interface SignInSheetRow {
  line: number;
  name: string;
  email: string | null;
  phone: string | null;
  role: PersonRole;
}
export interface SignInSheetError {
  line: number;
  field: 'name' | 'email' | 'phone' | 'role' | 'file';
  key:
    | 'SIGN_IN_NAME_REQUIRED'
    | 'SIGN_IN_EMAIL_INVALID'
    | 'SIGN_IN_PHONE_INVALID'
    | 'SIGN_IN_ROLE_INVALID'
    | 'SIGN_IN_NO_NAME_COLUMN'
    | 'SIGN_IN_TOO_LARGE'
    | 'SIGN_IN_UNREADABLE';
}

// Header words in English and Spanish, compared without case or accents.
const HEADERS: Record<string, 'name' | 'email' | 'phone' | 'role'> = {
  name: 'name',
  'full name': 'name',
  nombre: 'name',
  'nombre completo': 'name',
  email: 'email',
  'e-mail': 'email',
  correo: 'email',
  'correo electronico': 'email',
  phone: 'phone',
  'phone number': 'phone',
  telefono: 'phone',
  role: 'role',
  rol: 'role',
};
const ROLES: Record<string, PersonRole> = {
  '': 'parent',
  parent: 'parent',
  guardian: 'parent',
  padre: 'parent',
  madre: 'parent',
  tutor: 'parent',
  professional: 'professional',
  profesional: 'professional',
  other: 'professional',
  otro: 'professional',
  student: 'student',
  youth: 'student',
  estudiante: 'student',
  joven: 'student',
};

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase();

/**
 * Reads a training's sign-in sheet: a CSV with a header row naming (in English or Spanish) at
 * least the name column. Every bad row is reported with its line and column; the caller
 * imports nothing unless there are none.
 */
export function readSignInSheet(text: string): {
  rows: SignInSheetRow[];
  errors: SignInSheetError[];
} {
  if (Buffer.byteLength(text, 'utf8') > SIGN_IN_SHEET_MAX_BYTES)
    return { rows: [], errors: [{ line: 0, field: 'file', key: 'SIGN_IN_TOO_LARGE' }] };
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch {
    return { rows: [], errors: [{ line: 0, field: 'file', key: 'SIGN_IN_UNREADABLE' }] };
  }
  if (records.length - 1 > SIGN_IN_SHEET_MAX_ROWS)
    return { rows: [], errors: [{ line: 0, field: 'file', key: 'SIGN_IN_TOO_LARGE' }] };
  const header = (records[0] ?? []).map((h) => HEADERS[fold(h)]);
  const column = (name: 'name' | 'email' | 'phone' | 'role') => header.indexOf(name);
  if (column('name') < 0)
    return { rows: [], errors: [{ line: 1, field: 'name', key: 'SIGN_IN_NO_NAME_COLUMN' }] };
  const rows: SignInSheetRow[] = [];
  const errors: SignInSheetError[] = [];
  records.slice(1).forEach((record, index) => {
    const line = index + 2;
    const cell = (name: 'name' | 'email' | 'phone' | 'role') =>
      column(name) < 0 ? '' : (record[column(name)] ?? '').trim();
    const name = cell('name');
    const email = cell('email');
    const phone = cell('phone');
    const role = ROLES[fold(cell('role'))];
    if (!name || name.length > 200)
      errors.push({ line, field: 'name', key: 'SIGN_IN_NAME_REQUIRED' });
    if (email && (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 320))
      errors.push({ line, field: 'email', key: 'SIGN_IN_EMAIL_INVALID' });
    const digits = phone.replace(/\D/g, '').length;
    if (phone && (phone.length > 40 || !/^[0-9+().\s-]+$/.test(phone) || digits < 7 || digits > 15))
      errors.push({ line, field: 'phone', key: 'SIGN_IN_PHONE_INVALID' });
    if (!role) errors.push({ line, field: 'role', key: 'SIGN_IN_ROLE_INVALID' });
    if (name && role) rows.push({ line, name, email: email || null, phone: phone || null, role });
  });
  return { rows, errors };
}
