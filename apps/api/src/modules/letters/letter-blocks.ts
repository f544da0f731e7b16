import type { LetterBlock } from '@continuum/rules';
import { LettersErrors } from './letters.errors';
import type { LetterBlockInput, LetterBlockModel } from './letters.model';

export const LETTER_LIMITS = {
  blocks: 400,
  title: 300,
  heading: 300,
  text: 5000,
  item: 2000,
  items: 100,
  line: 300,
  addressLines: 20,
  signatureLines: 10,
  closing: 200,
  name: 200,
  /** Every character of every block together: about 60 printed pages. */
  total: 200_000,
} as const;

// Control characters other than tab and newline, and the two XML non-characters, cannot be
// written into a DOCX (its XML forbids them) and print as nothing in a PDF; they come from
// pasted text and are refused rather than silently dropped, so what is saved is what was sent.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_LINE = /[\u0000-\u001F\u007F\uFFFE\uFFFF]/;
// Half of a UTF-16 pair without its other half: not a character, and invalid in XML.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const FIELDS: Record<LetterBlock['type'], readonly (keyof LetterBlockInput)[]> = {
  heading: ['level', 'text'],
  paragraph: ['text', 'bold'],
  list: ['ordered', 'items'],
  address: ['lines'],
  signature: ['closing', 'name', 'lines'],
};
const OPTIONAL_FIELDS = [
  'level',
  'text',
  'bold',
  'ordered',
  'items',
  'lines',
  'closing',
  'name',
] as const;

interface TextRule {
  max: number;
  /** Newlines allowed (running text) or not (a title, a heading, one line of an address). */
  multiline: boolean;
  required: boolean;
}

/** Checks one piece of text; returns it with line endings normalised to \n. */
export function checkText(value: unknown, field: string, rule: TextRule): string {
  if (typeof value !== 'string') {
    throw LettersErrors.invalid(field, 'LETTER_TEXT_INVALID', `${field} must be text.`);
  }
  const text = value.replace(/\r\n?/g, '\n');
  if (rule.required && text.trim() === '') {
    throw LettersErrors.invalid(field, 'LETTER_TEXT_REQUIRED', `${field} must not be empty.`);
  }
  if (text.length > rule.max) {
    throw LettersErrors.invalid(
      field,
      'LETTER_TEXT_TOO_LONG',
      `${field} must be at most ${rule.max} characters.`,
      { max: rule.max },
    );
  }
  if ((rule.multiline ? FORBIDDEN : FORBIDDEN_IN_LINE).test(text)) {
    throw LettersErrors.invalid(
      field,
      'LETTER_TEXT_CONTROL_CHARACTER',
      rule.multiline
        ? `${field} contains a control character; retype or paste it as plain text.`
        : `${field} must be one line without control characters.`,
    );
  }
  if (LONE_SURROGATE.test(text)) {
    throw LettersErrors.invalid(
      field,
      'LETTER_TEXT_BROKEN_CHARACTER',
      `${field} contains a broken character (a lone surrogate).`,
    );
  }
  return text;
}

function checkList(
  value: unknown,
  field: string,
  count: { min: number; max: number },
  rule: TextRule,
): string[] {
  if (!Array.isArray(value))
    throw LettersErrors.invalid(field, 'LETTER_LIST_INVALID', `${field} must be a list of text.`);
  if (value.length < count.min || value.length > count.max) {
    throw LettersErrors.invalid(
      field,
      'LETTER_LIST_COUNT',
      count.min === count.max
        ? `${field} must have ${count.min} entries.`
        : `${field} must have ${count.min} to ${count.max} entries.`,
      { min: count.min, max: count.max },
    );
  }
  return value.map((item: unknown, index) => checkText(item, `${field}[${index}]`, rule));
}

function checkBlock(input: LetterBlockInput, at: string): LetterBlock {
  const type = input.type as LetterBlock['type'];
  const allowed = FIELDS[type];
  if (!allowed) {
    throw LettersErrors.invalid(
      `${at}.type`,
      'LETTER_BLOCK_TYPE_INVALID',
      `${at}.type must be one of ${Object.keys(FIELDS).join(', ')}.`,
    );
  }
  for (const key of OPTIONAL_FIELDS) {
    const value = input[key];
    if (value !== undefined && value !== null && !allowed.includes(key)) {
      throw LettersErrors.invalid(
        `${at}.${key}`,
        'LETTER_BLOCK_FIELD_INVALID',
        `A ${type} block has no ${key}; use only ${allowed.join(', ')}.`,
      );
    }
  }
  switch (type) {
    case 'heading': {
      const level = input.level ?? 2;
      if (level !== 1 && level !== 2 && level !== 3) {
        throw LettersErrors.invalid(
          `${at}.level`,
          'LETTER_HEADING_LEVEL_INVALID',
          `${at}.level must be 1, 2 or 3.`,
        );
      }
      const text = checkText(input.text, `${at}.text`, {
        max: LETTER_LIMITS.heading,
        multiline: false,
        required: true,
      });
      return { type, level, text };
    }
    case 'paragraph': {
      const text = checkText(input.text, `${at}.text`, {
        max: LETTER_LIMITS.text,
        multiline: true,
        required: true,
      });
      return input.bold === true ? { type, text, bold: true } : { type, text };
    }
    case 'list':
      return {
        type,
        ordered: input.ordered === true,
        items: checkList(
          input.items,
          `${at}.items`,
          { min: 1, max: LETTER_LIMITS.items },
          { max: LETTER_LIMITS.item, multiline: true, required: true },
        ),
      };
    case 'address':
      return {
        type,
        lines: checkList(
          input.lines,
          `${at}.lines`,
          { min: 1, max: LETTER_LIMITS.addressLines },
          { max: LETTER_LIMITS.line, multiline: false, required: false },
        ),
      };
    case 'signature':
      return {
        type,
        closing: checkText(input.closing, `${at}.closing`, {
          max: LETTER_LIMITS.closing,
          multiline: false,
          required: true,
        }),
        name: checkText(input.name, `${at}.name`, {
          max: LETTER_LIMITS.name,
          multiline: false,
          required: true,
        }),
        lines: checkList(
          input.lines ?? [],
          `${at}.lines`,
          { min: 0, max: LETTER_LIMITS.signatureLines },
          { max: LETTER_LIMITS.line, multiline: false, required: false },
        ),
      };
  }
}

function size(block: LetterBlock): number {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return block.text.length;
    case 'list':
      return block.items.reduce((sum, item) => sum + item.length, 0);
    case 'address':
      return block.lines.reduce((sum, line) => sum + line.length, 0);
    case 'signature':
      return block.closing.length + block.name.length + block.lines.join('').length;
  }
}

/**
 * Checks an edited letter's blocks strictly, since they are printed as they are: known types,
 * only the fields each type has, lengths, and no control characters. Errors name the field
 * (`blocks[3].text`, `blocks[0].lines[2]`).
 */
export function parseLetterBlocks(input: readonly LetterBlockInput[]): LetterBlock[] {
  if (input.length === 0) {
    throw LettersErrors.invalid(
      'blocks',
      'LETTER_BLOCKS_EMPTY',
      'A letter needs at least one block.',
    );
  }
  if (input.length > LETTER_LIMITS.blocks) {
    throw LettersErrors.invalid(
      'blocks',
      'LETTER_BLOCKS_TOO_MANY',
      `A letter has at most ${LETTER_LIMITS.blocks} blocks.`,
      { max: LETTER_LIMITS.blocks },
    );
  }
  const blocks = input.map((block, index) => checkBlock(block, `blocks[${index}]`));
  if (blocks.reduce((sum, block) => sum + size(block), 0) > LETTER_LIMITS.total) {
    throw LettersErrors.invalid(
      'blocks',
      'LETTER_TOO_LONG',
      `A letter holds at most ${LETTER_LIMITS.total} characters; split it into two letters.`,
      { max: LETTER_LIMITS.total },
    );
  }
  return blocks;
}

/** A title for the letter: one line, 1 to 300 characters. */
export function parseLetterTitle(value: unknown, field = 'title'): string {
  return checkText(value, field, {
    max: LETTER_LIMITS.title,
    multiline: false,
    required: true,
  }).trim();
}

/** The rules' block as the flat GraphQL type. */
export function toBlockModel(block: LetterBlock): LetterBlockModel {
  const empty: LetterBlockModel = {
    type: block.type,
    level: null,
    text: null,
    bold: null,
    ordered: null,
    items: null,
    lines: null,
    closing: null,
    name: null,
  };
  switch (block.type) {
    case 'heading':
      return { ...empty, level: block.level, text: block.text };
    case 'paragraph':
      return { ...empty, text: block.text, bold: block.bold === true };
    case 'list':
      return { ...empty, ordered: block.ordered, items: [...block.items] };
    case 'address':
      return { ...empty, lines: [...block.lines] };
    case 'signature':
      return { ...empty, closing: block.closing, name: block.name, lines: [...block.lines] };
  }
}
