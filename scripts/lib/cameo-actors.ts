// Reads PETRARCH/TABARI actor dictionaries (Phoenix.*.actors.txt): an entry line
// `NAME_WITH_UNDERSCORES_ [CODE]`, `+SYNONYM` lines after it, code lines
// (`\t[CODE 030101-041231]`) that may follow, `#` comments anywhere.

export interface CameoActor {
  /** Upper-case name with spaces for underscores. */
  readonly name: string;
  readonly synonyms: string[];
  /** Codes without their date restrictions (`USAGOV`). */
  readonly codes: string[];
}

export function parseCameoActors(content: string): CameoActor[] {
  const actors: CameoActor[] = [];
  let current: CameoActor | null = null;
  for (const raw of content.split('\n')) {
    const line = raw.replace(/#.*$/, '').replace(/\r$/, '');
    if (line.trim() === '') continue;
    const codes = [...line.matchAll(/\[([^\]\s]+)[^\]]*\]/g)].map((match) => match[1]!);
    const head = line.replace(/\[[^\]]*\]/g, '').trim();
    if (/^\s/.test(line) && head === '') {
      current?.codes.push(...codes);
    } else if (head.startsWith('+')) {
      const name = cleanName(head.slice(1));
      if (current && name) current.synonyms.push(name);
      current?.codes.push(...codes);
    } else if (/^[A-Z0-9]/.test(head)) {
      const name = cleanName(head);
      current = name ? { name, synonyms: [], codes } : null;
      if (current) actors.push(current);
    }
  }
  return actors;
}

function cleanName(raw: string): string {
  return raw.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}
