// The resolve stage on the seed (issue 4): its eight people as single entities with their
// roles and codes, Kamikawa and Austin with all their mentions, its organisations, and
// the capitals that stand for their governments.

import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Entity } from '../../src/document/article.js';
import { extract, seedPath } from '../helpers.js';

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
    expect(named('Yoko Kamikawa').mentions.map((mention) => mention.text)).toEqual(['Yoko Kamikawa', 'Yoko Kamikawa', 'Kamikawa']);
    expect(named('Lloyd Austin').mentions.map((mention) => mention.text)).toEqual(['Lloyd Austin', 'Lloyd Austin', 'Austin', 'his']);
  });

  it('resolves he and she to the people quoted', () => {
    expect(named('Alex Munyambabazi').mentions.map((mention) => mention.text)).toEqual(['Alex Munyambabazi', 'he', 'he']);
    expect(named('Tamar Gabelnick').mentions.map((mention) => mention.text)).toEqual(['Tamar Gabelnick', 'she']);
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

  it('every mention of an entity is its text at its offsets', () => {
    for (const article of articles) {
      for (const entity of article.entities) for (const mention of entity.mentions) expect(article.text.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });
});
