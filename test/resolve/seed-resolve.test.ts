// The resolve stage on the seed (issue 4): its eight people as single entities with their
// roles and codes, Kamikawa and Austin with all their mentions, its organisations, the
// capitals that stand for their governments, its places on the map, dates and amounts.

import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Entity } from '../../src/document/article.js';
import { extract, seedPath } from '../helpers.js';
import { distanceKm } from '../../src/resolve/places/choose-place.js';


describe('resolve stage on the seed', () => {
  let entities: Entity[] = [];
  let articles: Article[] = [];
  beforeAll(async () => {
    ({ articles } = await extract([seedPath]));
    entities = articles.flatMap((article) => article.entities);
  });

  const named = (name: string): Entity => {
    const found = entities.filter((entity) => entity.name === name);
    expect(found, name).toHaveLength(1);
    return found[0]!;
  };

  it.each([
    ['Rahm Emanuel', ['Ambassador to Japan'], 'USA', 'USAGOV'],
    ['Antony Blinken', ['Secretary of State'], 'USA', 'USAGOV'],
    ['Lloyd Austin', ['Secretary of Defense'], 'USA', 'USAGOVMIL'],
    ['Yoko Kamikawa', ['Foreign Minister'], 'JPN', 'JPNGOV'],
    ['Minoru Kihara', ['Defense Minister'], 'JPN', 'JPNGOVMIL'],
    ['Joe Biden', ['President'], 'USA', 'USAGOV'],
    ['Alex Munyambabazi', [], 'UGA', 'UGACVL'],
    ['Tamar Gabelnick', ['director of the International Campaign to Ban Landmines'], null, 'NGOHRI'],
  ] as const)('%s is one entity with roles %j, country %s, code %s', (name, roles, country, actorCode) => {
    expect(named(name)).toMatchObject({ type: 'PERSON', roles, country, actorCode });
  });

  it('gives Kamikawa and Austin all their mentions, the pronoun included', () => {
    expect(named('Yoko Kamikawa').mentions.map((mention) => mention.text)).toEqual(['Yoko Kamikawa', 'their', 'Yoko Kamikawa', 'Kamikawa']);
    expect(named('Lloyd Austin').mentions.map((mention) => mention.text)).toEqual(['Lloyd Austin', 'their', 'Lloyd Austin', 'their', 'they', 'their', 'Austin', 'his']);
  });

  it('makes their and they after people joined by `and` a mention of each (resolveGroupPronouns)', () => {
    // The caption: `Rahm Emanuel, … Antony Blinken, … Lloyd Austin and … Yoko Kamikawa, … Minoru Kihara (not pictured) attend their …`.
    for (const name of ['Rahm Emanuel', 'Antony Blinken', 'Lloyd Austin', 'Yoko Kamikawa', 'Minoru Kihara']) {
      expect(named(name).mentions.filter((mention) => mention.kind === 'pronoun' && mention.start === 262).map((mention) => mention.text), name).toEqual(['their']);
    }
    // `Blinken and … Austin joined their Japanese counterparts … where they reaffirmed their bilateral alliance`.
    expect(named('Antony Blinken').mentions.filter((mention) => mention.kind === 'pronoun').map((mention) => `${mention.text}@${mention.start}`)).toEqual(['their@262', 'their@1140', 'they@1296', 'their@1312']);
  });

  it('resolves he and she to the people quoted', () => {
    expect(named('Alex Munyambabazi').mentions.map((mention) => mention.text)).toEqual(['Alex Munyambabazi', 'he', 'he']);
    expect(named('Tamar Gabelnick').mentions.map((mention) => mention.text)).toEqual(['Tamar Gabelnick', 'she']);
  });

  it.each([
    ['Ukrainian forces', 'UKRMIL'],
    ['Russian forces', 'RUSMIL'],
    ['US troops', 'USAMIL'],
  ] as const)('makes the group %s an entity coded %s (joinGroupNouns)', (name, actorCode) => {
    expect(named(name)).toMatchObject({ type: 'NORP', actorCode, mentions: [{ text: name }] });
  });

  it('makes the unnamed commander for the US Forces Japan a person with that role (findDescribedPeople)', () => {
    expect(named('commander for the US Forces Japan')).toMatchObject({
      type: 'PERSON', roles: ['commander for the US Forces Japan'], country: 'USA', actorCode: 'USAMIL',
      mentions: [{ start: 754, end: 787, text: 'commander for the US Forces Japan', kind: 'description' }],
      roleMentions: [{ start: 754, end: 787, role: 'commander for the US Forces Japan', country: 'USA', organisation: 'US Forces Japan' }],
    });
  });

  it.each([
    ['US Forces Japan', ['US Forces Japan', 'USFJ'], 'USAMIL'],
    ['US Indo-Pacific Command', ['US Indo-Pacific Command', 'INDOPACOM'], 'USAMIL'],
    ['The Associated Press', ['The Associated Press'], 'MED'],
    ['Japan-US Security Consultative Committee', ['Japan-US Security Consultative Committee'], 'IGO'],
    ['International Campaign to Ban Landmines', ['International Campaign to Ban Landmines'], 'NGOHRI'],
    ['AFP', ['AFP', 'AFP'], 'MED'],
  ] as const)('finds the organisation %s', (name, mentions, actorCode) => {
    const organisation = named(name);
    expect(organisation.mentions.map((mention) => mention.text)).toEqual(mentions);
    expect(organisation.actorCode).toBe(actorCode);
  });

  it('reads Washington, Beijing and Kyiv as governments where they act', () => {
    expect(entities.filter((entity) => ['Washington', 'Beijing', 'Kyiv'].includes(entity.name)).map((entity) => `${entity.name}:${entity.actorCode}`))
      .toEqual(['Beijing:CHNGOV', 'Washington:USAGOV', 'Kyiv:UKRGOV', 'Washington:USAGOV']);
  });

  // Cities within 50 km of the truth (Yokota: the air base in Fussa, western Tokyo);
  // states and countries within the evaluation's 161 km.
  it.each([
    ['Tokyo', 35.69, 139.69, 50],
    ['Yokota', 35.75, 139.35, 50],
    ['Siem Reap', 13.36, 103.86, 50],
    ['Kyiv', 50.45, 30.52, 50],
    ['Washington, D.C.', 38.9, -77.04, 50],
    ['Hawaii', 20.8, -156.3, 161],
    ['Taiwan', 23.7, 121.0, 161],
    ['Cambodia', 12.6, 104.9, 161],
    ['Uganda', 1.37, 32.29, 161],
  ] as const)('places %s on the map', (name, lat, lon, kilometresAllowed) => {
    const place = articles.flatMap((article) => article.places).find((candidate) => candidate.name === name);
    expect(place, name).toBeDefined();
    expect(distanceKm(place!, { lat, lon })).toBeLessThan(kilometresAllowed);
  });

  it('dates the articles from their captions and finds their amounts', () => {
    const [talks, landmines] = articles;
    expect(talks!.dates.map((date) => `${date.text}=${date.value}`)).toContain('July 28, 2024=2024-07-28');
    expect(landmines!.dates.map((date) => `${date.text}=${date.value}`)).toEqual(expect.arrayContaining(['November 26, 2024=2024-11-26', 'Tuesday=2024-11-26', '2005=2005']));
    expect(articles.flatMap((article) => article.amounts).map((amount) => `${amount.value} ${amount.unit} ${amount.qualifier}`))
      .toEqual(['50000 troops more than', '7.2 percent null', '100 protesters more than', '2 victims null']);
  });

  it('every mention of an entity is its text at its offsets', () => {
    for (const article of articles) {
      for (const entity of article.entities) for (const mention of entity.mentions) expect(article.text.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });
});
