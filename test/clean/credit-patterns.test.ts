import { describe, expect, it } from 'vitest';
import { hasCaptionCue, splitCredit } from '../../src/clean/credit-patterns.js';

describe('splitCredit', () => {
  it.each([
    ['a Reuters credit', 'Ministers attend the meeting in Tokyo, Japan July 28, 2024. REUTERS/Issei Kato', 'REUTERS/Issei Kato'],
    ['a Reuters file photo', 'A soldier stands guard. REUTERS/Gleb Garanich/File Photo', 'REUTERS/Gleb Garanich/File Photo'],
    ['AFP in parentheses', 'Survivors hold placards in Siem Reap province on November 26, 2024. (AFP)', 'AFP'],
    ['an AP photo credit', 'President Biden speaks. (AP Photo/Evan Vucci)', 'AP Photo/Evan Vucci'],
    ['an AP credit without parentheses', 'Crowds gather on the Mall. AP Photo/Jacquelyn Martin, File', 'AP Photo/Jacquelyn Martin, File'],
    ['a Photo: credit', 'Smoke rises over the city. Photo: Jane Doe/Bloomberg', 'Photo: Jane Doe/Bloomberg'],
    ['a Getty credit', 'A man walks past the court. Chip Somodevilla/Getty Images', 'Chip Somodevilla/Getty Images'],
    ['an agency via Getty', 'Fans cheer in Paris. (Photo by Anne-Christine Poujoulat/AFP via Getty Images)', 'Photo by Anne-Christine Poujoulat/AFP via Getty Images'],
    ['an EPA-EFE credit', 'Rescuers search the rubble. EPA-EFE/Franck Robichon', 'EPA-EFE/Franck Robichon'],
    ['a newspaper credit', 'Voters line up in Atlanta. Jane Doe for The New York Times', 'Jane Doe for The New York Times'],
  ])('splits %s off, with offsets into the line', (_name, line, credit) => {
    const split = splitCredit(line);
    expect(split.credit).toBe(credit);
    expect(line.slice(split.creditStart, split.creditEnd)).toBe(credit);
    expect(line.slice(0, split.captionEnd)).toBe(split.caption);
    expect(split.caption).toMatch(/[.!?]$/);
  });

  it.each([
    ['a body sentence naming Reuters', 'Reuters reported the news on Monday.'],
    ['a sentence ending in a parenthesised agency', 'The ministry said in a statement (AFP).'],
    ['a sentence that ends in a name', 'The deal was announced by Jane Doe/Bloomberg analysts on Monday.'],
    ['a quote about a photo', '"The photo by the agency shows nothing," he said.'],
    ['a plain paragraph', 'Landmine victims from across the world gathered at a conference in Cambodia.'],
  ])('finds no credit in %s', (_name, line) => {
    expect(splitCredit(line)).toEqual({ caption: line, captionEnd: line.length, credit: null, creditStart: line.length, creditEnd: line.length });
  });
});

describe('hasCaptionCue', () => {
  it.each(['Defense Minister Minoru Kihara (not pictured) attends the meeting', '(L-R) Antony Blinken and Lloyd Austin speak', 'FILE PHOTO: A view of the port', 'Ministers pose from left: Kamikawa, Blinken'])('sees a caption in %s', (line) => {
    expect(hasCaptionCue(line)).toBe(true);
  });

  it.each(['The left-wing party won the vote.', 'Officials filed a complaint on Monday.'])('sees none in %s', (line) => {
    expect(hasCaptionCue(line)).toBe(false);
  });
});
