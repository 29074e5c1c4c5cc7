// Reads PETRARCH/TABARI actor dictionaries (Phoenix.*.actors.txt): an entry line
// `NAME_WITH_UNDERSCORES_ [CODE]`, `+SYNONYM` lines after it, code lines
// (`\t[CODE 030101-041231]`) that may follow, `#` comments anywhere. A code may hold
// for a period only: `[USAGOV >090120]` from 20 January 2009, `[USAELI 590101-751101]`.

export interface DatedCode {
  readonly code: string;
  /** First day the code holds (`YYYY-MM-DD`), or '' when open. */
  readonly from: string;
  /** Last day the code holds, or '' when open. */
  readonly to: string;
}

export interface CameoActor {
  /** Upper-case name with spaces for underscores. */
  readonly name: string;
  readonly synonyms: string[];
  /** Codes without their date restrictions (`USAGOV`). */
  readonly codes: string[];
  /** The same codes with the periods they hold for. */
  readonly datedCodes: DatedCode[];
}

const CODE = /\[([^\]\s]+)([^\]]*)\]/g;

export function parseCameoActors(content: string): CameoActor[] {
  const actors: CameoActor[] = [];
  let current: CameoActor | null = null;
  for (const raw of content.split('\n')) {
    const line = raw.replace(/#.*$/, '').replace(/\r$/, '');
    if (line.trim() === '') continue;
    const dated = [...line.matchAll(CODE)].map((match) => datedCode(match[1]!, match[2]!));
    const codes = dated.map((entry) => entry.code);
    const head = line.replace(/\[[^\]]*\]/g, '').trim();
    if (/^\s/.test(line) && head === '') {
      current?.codes.push(...codes);
      current?.datedCodes.push(...dated);
    } else if (head.startsWith('+')) {
      const name = cleanName(head.slice(1));
      if (current && name) current.synonyms.push(name);
      current?.codes.push(...codes);
      current?.datedCodes.push(...dated);
    } else if (/^[A-Z0-9]/.test(head)) {
      const name = cleanName(head);
      current = name ? { name, synonyms: [], codes, datedCodes: dated } : null;
      if (current) actors.push(current);
    }
  }
  return actors;
}

function cleanName(raw: string): string {
  return raw.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}

/** `USAGOV`, ` 010120-090120` → USAGOV from 2001-01-20 to 2009-01-20; `>090120` opens the end, `<090120` the start. */
function datedCode(code: string, restriction: string): DatedCode {
  const period = restriction.trim();
  const range = /^(\d{6}|\d{8})-(\d{6}|\d{8})$/.exec(period);
  if (range) return { code, from: isoDate(range[1]!), to: isoDate(range[2]!) };
  const after = /^>(\d{6}|\d{8})$/.exec(period);
  if (after) return { code, from: isoDate(after[1]!), to: '' };
  const before = /^<(\d{6}|\d{8})$/.exec(period);
  if (before) return { code, from: '', to: isoDate(before[1]!) };
  return { code, from: '', to: '' };
}

/** Six-digit dates have two-digit years: 00-30 are 2000-2030 (the dictionaries end in the 2010s), the rest 19xx. */
function isoDate(digits: string): string {
  if (digits.length === 8) return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  const year = Number(digits.slice(0, 2));
  return `${year <= 30 ? 2000 + year : 1900 + year}-${digits.slice(2, 4)}-${digits.slice(4, 6)}`;
}
