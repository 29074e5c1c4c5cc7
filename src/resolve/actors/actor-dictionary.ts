// Actor dictionaries in the CAMEO convention (data/actors, built by
// scripts/build-actors.ts from the PETRARCH2 Phoenix dictionaries; a user may add files in
// the same formats). Three tables:
//   named actors  `JOE BIDEN` → USAGOV from 2009-01-20; the code that holds on the
//                 article's date wins (an undated code holds always)
//   agents        role nouns → sector codes: `DEFENSE MINIST` → GOVMIL, `VICTIM` → CVL
//   countries     names and aliases of countries → ISO3, and their capitals

import { parseCameoActors } from './petrarch-actors.js';

/**
 * A name's codes, kept small for the 34k names of data/actors: its one code when that
 * is undated, else code, from, to triples (`''` for an open end) in the order added.
 * Codes and dates are interned: `USAGOV` is one string however many names have it.
 */
type NameCodes = string | readonly string[];

interface Agent {
  readonly words: readonly string[];
  readonly sector: string;
  /** The last word may run on (`MINIST` matches `MINISTER`, `MINISTRY`). */
  readonly isStem: boolean;
}

export interface CountryName {
  readonly country: string;
  readonly isCapital: boolean;
}

/** The form names are looked up in: upper case, no dots, no leading `THE`, single spaces, straight apostrophes. */
export function actorKey(name: string): string {
  return name.toUpperCase().replace(/[’`´]/g, "'").replace(/\./g, '').replace(/\s+/g, ' ').trim().replace(/^THE /, '');
}

export class ActorDictionary {
  private readonly actors = new Map<string, NameCodes>();
  /** Agents by their first word. */
  private readonly agents = new Map<string, Agent[]>();
  private readonly countries = new Map<string, CountryName>();
  private readonly countryCodes = new Set<string>();
  /** One copy of each code and date. */
  private readonly strings = new Map<string, string>();

  /** Adds an actors file (NAME<TAB>CODE<TAB>FROM<TAB>TO); `source` names it in errors. Later files add codes to earlier names. */
  addActors(content: string, source: string): this {
    forEachRow(content, source, 2, ([name, code, from = '', to = '']) => this.addCode(actorKey(name!), code!, from, to));
    return this;
  }

  /** Adds a dictionary in PETRARCH's own format (`NAME_ [CODE]`, `+SYNONYM`, dated code lines), as users of PETRARCH keep theirs. */
  addPetrarchActors(content: string): this {
    for (const actor of parseCameoActors(content)) {
      for (const name of [actor.name, ...actor.synonyms]) {
        const key = actorKey(name);
        for (const { code, from, to } of actor.datedCodes) this.addCode(key, code, from, to);
      }
    }
    return this;
  }

  /** Adds an agents file (PHRASE<TAB>SECTOR<TAB>word|stem). */
  addAgents(content: string, source: string): this {
    forEachRow(content, source, 2, ([phrase, sector, match = 'word']) => {
      const words = ownCopy(actorKey(phrase!)).split(' ');
      const list = this.agents.get(words[0]!) ?? [];
      list.push({ words, sector: this.intern(sector!), isStem: match === 'stem' });
      this.agents.set(words[0]!, list);
    });
    return this;
  }

  /** Adds a countries file (NAME<TAB>ISO3<TAB>country|capital). */
  addCountries(content: string, source: string): this {
    forEachRow(content, source, 2, ([name, country, kind = 'country']) => {
      const key = actorKey(name!);
      // A country's own name wins over a capital of the same name (`Singapore`, `Djibouti`).
      this.countryCodes.add(country!);
      if (this.countries.get(key)?.isCapital === false) return;
      this.countries.set(this.countries.has(key) ? key : ownCopy(key), { country: this.intern(country!), isCapital: kind === 'capital' });
    });
    return this;
  }

  /** The code a named actor has on `date` (`YYYY-MM-DD`; null: its latest open code). */
  codeOfName(name: string, date: string | null): string | null {
    const codes = this.actors.get(actorKey(name));
    if (codes === undefined) return null;
    // One undated code holds on every date.
    if (typeof codes === 'string') return codes;
    const undated = firstCode(codes, (from, to) => from === '' && to === '');
    if (date !== null) return firstCode(codes, (from, to) => (from !== '' || to !== '') && (from === '' || from <= date) && (to === '' || date < to)) ?? undated;
    return undated ?? firstCode(codes, (_from, to) => to === '');
  }

  /** The country a name is, or the capital of. */
  countryOfName(name: string): CountryName | null {
    return this.countries.get(actorKey(name)) ?? null;
  }

  /** Whether a code is a country's ISO3 code (`USA`), as the first three letters of an actor code may be. */
  isCountryCode(code: string): boolean {
    return this.countryCodes.has(code);
  }

  /** The country a word or name stands for: a country's name (`US`), or a named actor coded as a bare country (`Japanese` → JPN). Capitals do not count. */
  countryOf(name: string, date: string | null = null): string | null {
    const named = this.countryOfName(name);
    if (named) return named.isCapital ? null : named.country;
    const code = this.codeOfName(name, date);
    return code !== null && this.countryCodes.has(code) ? code : null;
  }

  /** Adds a code to a name's, after those it has. */
  private addCode(key: string, code: string, from: string, to: string): void {
    const codes = this.actors.get(key);
    if (codes === undefined && from === '' && to === '') {
      this.actors.set(ownCopy(key), this.intern(code));
      return;
    }
    const entry = [this.intern(code), this.intern(from), this.intern(to)];
    if (codes === undefined) this.actors.set(ownCopy(key), entry);
    else this.actors.set(key, (typeof codes === 'string' ? [codes, '', ''] : codes).concat(entry));
  }

  private intern(text: string): string {
    if (text === '') return text;
    const known = this.strings.get(text);
    if (known !== undefined) return known;
    const copy = ownCopy(text);
    this.strings.set(copy, copy);
    return copy;
  }

  private agentsAt(word: string): Iterable<Agent> {
    return agentsStartingWith(this.agents, word);
  }

  /**
   * The sector code of a role (`Secretary of Defense` → GOVMIL): the longest agent phrase
   * found in its words; between two as long, the later (the head of `Defense Minister`).
   */
  sectorOfRole(role: string): string | null {
    const words = actorKey(role).split(' ');
    let best: Agent | null = null;
    let bestEnd = -1;
    for (let i = 0; i < words.length; i++) {
      for (const agent of this.agentsAt(words[i]!)) {
        if (!matchesAt(agent, words, i)) continue;
        if (best === null || agent.words.length > best.words.length || (agent.words.length === best.words.length && i + agent.words.length > bestEnd)) {
          best = agent;
          bestEnd = i + agent.words.length;
        }
      }
    }
    return best?.sector ?? null;
  }
}

/** The first code in `codes` (code, from, to triples) whose period passes `holds`, or null. */
function firstCode(codes: readonly string[], holds: (from: string, to: string) => boolean): string | null {
  for (let k = 0; k < codes.length; k += 3) if (holds(codes[k + 1]!, codes[k + 2]!)) return codes[k]!;
  return null;
}

/** Agents whose first word is `word`, and one-word stems it starts with (`VICTIM` for `VICTIMS`). */
function* agentsStartingWith(agents: ReadonlyMap<string, readonly Agent[]>, word: string): Generator<Agent> {
  yield* agents.get(word) ?? [];
  for (let length = word.length - 1; length >= 2; length--) {
    for (const agent of agents.get(word.slice(0, length)) ?? []) if (agent.isStem && agent.words.length === 1) yield agent;
  }
}

function matchesAt(agent: Agent, words: readonly string[], start: number): boolean {
  if (start + agent.words.length > words.length) return false;
  const last = agent.words.length - 1;
  for (let k = 0; k < last; k++) if (words[start + k] !== agent.words[k]) return false;
  const word = words[start + last]!;
  const wanted = agent.words[last]!;
  if (agent.isStem) return word.startsWith(wanted);
  return word === wanted || word === `${wanted}S` || word === `${wanted}ES`;
}

/**
 * A string of its own with `text`'s code units. A name split from a file's text is a
 * slice that keeps the whole text alive, in two bytes a character if any character of it
 * is above U+00FF; JSON's round trip makes a flat string, one byte a character where it can.
 */
function ownCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

function forEachRow(content: string, source: string, minimumFields: number, use: (fields: string[]) => void): void {
  content.split('\n').forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const fields = line.replace(/\r$/, '').split('\t');
    if (fields.length < minimumFields || fields.slice(0, minimumFields).some((field) => field.trim() === '')) {
      throw new Error(`${source}:${index + 1}: expected ${minimumFields} or more tab-separated fields`);
    }
    use(fields.map((field) => field.trim()));
  });
}
