import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isResidueLine } from '../../src/clean/line-shapes.js';
import { splitTextDump } from '../../src/ingest/text-dump.js';
import { seedPath } from '../helpers.js';

function headsOf(text: string): string[] {
  return splitTextDump(text).map((segment) => text.slice(segment.start, segment.end).split(/\r?\n/)[0]!);
}

const body = 'The minister said on Monday that talks would resume next week in the capital.';

describe('splitTextDump', () => {
  it('splits the seed into its two articles', () => {
    expect(headsOf(readFileSync(seedPath, 'utf8'))).toEqual(['US-Japan Security Talks Underscore Threat from China', 'Landmine Victims Gather to Protest US Decision to Supply Ukraine']);
  });

  it('splits the second dump at its separator lines, across CRLF line ends', () => {
    expect(headsOf(readFileSync('sample/dumps/wire-dump-2.txt', 'utf8'))).toEqual([
      "Europa Clipper Lifts Off on Mission to Jupiter's Icy Moon",
      'Floods in Spain Leave Dozens Dead as Towns Count the Damage',
      'Kenya and Haiti Sign Security Pact Ahead of Police Deployment',
    ]);
  });

  it('starts an article where a headline is printed twice, even after a single blank line', () => {
    const text = `First Story Has a Headline Here\n\n${body}\n\nSecond Story Arrives Without a Gap\n\nSecond Story Arrives Without a Gap\n\n${body}`;
    expect(headsOf(text)).toEqual(['First Story Has a Headline Here', 'Second Story Arrives Without a Gap']);
  });

  it('starts an article after a run of blank lines longer than the usual gap, before a headline', () => {
    const text = `First Story Has a Headline Here\n\n${body}\n\n${body}\n\n\n\nAnother Headline for a New Story\n\n${body}`;
    expect(headsOf(text)).toEqual(['First Story Has a Headline Here', 'Another Headline for a New Story']);
  });

  it('keeps one article when a long gap comes before an ordinary paragraph', () => {
    const text = `Only Story in This File Today\n\n${body}\n\n\n${body} And it goes on.`;
    expect(splitTextDump(text)).toHaveLength(1);
  });

  it('does not split on repeated page furniture or a short repeated line', () => {
    const text = `Only Story in This File Today\n\nAdvertisement\n\n${body}\n\nAdvertisement\n\n“No.”\n\n“No.”\n\n${body}`;
    expect(splitTextDump(text)).toHaveLength(1);
  });

  it('gives no article for residue alone between separators', () => {
    expect(headsOf(`Story One Headline Goes Here\n\n${body}\n-----\nTT\n-----\nStory Two Headline Goes Here\n\n${body}`)).toEqual(['Story One Headline Goes Here', 'Story Two Headline Goes Here']);
  });

  it('gives disjoint, ordered ranges that hold every non-blank line (property)', () => {
    const line = fc.oneof(fc.constant(''), fc.constant('TT'), fc.constant('-----'), fc.constant(body), fc.constantFrom('A Headline That Repeats Itself', 'Another Title for Another Story'), fc.string({ maxLength: 30 }).map((text) => text.replace(/[\r\n]/g, ' ')));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const text = lines.join('\n');
        const segments = splitTextDump(text);
        let previousEnd = 0;
        for (const segment of segments) {
          expect(segment.start).toBeGreaterThanOrEqual(previousEnd);
          expect(segment.end).toBeGreaterThan(segment.start);
          previousEnd = segment.end;
        }
        const covered = segments.map((segment) => text.slice(segment.start, segment.end)).join('\n');
        for (const kept of lines.filter((entry) => entry.trim().length > 0 && !/^([-=_#~])\1{2,}$/.test(entry.trim()))) {
          // Every line is in an article, except residue standing alone between separators.
          if (!covered.includes(kept.trim())) expect(isResidueLine(kept)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
