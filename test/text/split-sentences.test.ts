// Sentence splitting for news copy: each case lists the sentences as they stand in the
// text; expectSentences also checks that spans and token ranges agree.

import { describe, it } from 'vitest';
import { expectSentences } from './expect-tokens.js';

type Case = readonly [string, readonly string[]];

describe('seed article sentences', () => {
  const cases: Case[] = [
    [
      'Japan is home to more than 50,000 US troops, but the commander for the US Forces Japan headquartered in Yokota in the western suburbs of Tokyo, tasked with managing their bases, has no commanding authority. Instead, instructions come from the US Indo-Pacific Command in Hawaii.',
      [
        'Japan is home to more than 50,000 US troops, but the commander for the US Forces Japan headquartered in Yokota in the western suburbs of Tokyo, tasked with managing their bases, has no commanding authority.',
        'Instead, instructions come from the US Indo-Pacific Command in Hawaii.',
      ],
    ],
    [
      '“We are standing at a historic turning point as the rules-based, free and open international order is shaken to the core," Kamikawa said. "Now is a critical phase when our decision today determines our future.”',
      [
        '“We are standing at a historic turning point as the rules-based, free and open international order is shaken to the core," Kamikawa said.',
        '"Now is a critical phase when our decision today determines our future.”',
      ],
    ],
    [
      'In March, Beijing announced a 7.2% increase in its defense budget, already the world’s second-highest behind the United States, marking a massive military expansion.',
      ['In March, Beijing announced a 7.2% increase in its defense budget, already the world’s second-highest behind the United States, marking a massive military expansion.'],
    ],
    [
      '"We are tired. We don\'t want to see any more victims like me, we don\'t want to see any more suffering," he told AFP.',
      ['"We are tired.', 'We don\'t want to see any more victims like me, we don\'t want to see any more suffering," he told AFP.'],
    ],
    [
      'Alex Munyambabazi, who lost a leg to a landmine in northern Uganda in 2005, said he "condemned" the decision by the US to supply antipersonnel mines to Kyiv as it battles Russian forces.',
      ['Alex Munyambabazi, who lost a leg to a landmine in northern Uganda in 2005, said he "condemned" the decision by the US to supply antipersonnel mines to Kyiv as it battles Russian forces.'],
    ],
    ['Ukraine is a signature to the treaty. The United States and Russia are not.', ['Ukraine is a signature to the treaty.', 'The United States and Russia are not.']],
  ];
  it.each(cases)('splits %j', (text, sentences) => expectSentences(text, sentences));
});

describe('sentence ends', () => {
  const cases: Case[] = [
    ['It rained. Then it stopped.', ['It rained.', 'Then it stopped.']],
    ['Why? Nobody knows!', ['Why?', 'Nobody knows!']],
    ['Really?! Yes.', ['Really?!', 'Yes.']],
    ['He waited… Then he left.', ['He waited…', 'Then he left.']],
    ['He waited... Then he left.', ['He waited...', 'Then he left.']],
    ['…our future.” Austin said it too.', ['…our future.”', 'Austin said it too.']],
    ['He left (for good.) She stayed.', ['He left (for good.)', 'She stayed.']],
    ['It grew 5%. 2025 looks worse.', ['It grew 5%.', '2025 looks worse.']],
    ['He said. "Now is the time."', ['He said.', '"Now is the time."']],
    ['It ended.\nA new line began.', ['It ended.', 'A new line began.']],
    ['Troops are in the U.S. The next step is Japan.', ['Troops are in the U.S.', 'The next step is Japan.']],
    ['It bought Acme Inc. It paid cash.', ['It bought Acme Inc.', 'It paid cash.']],
    ['It happened in Jan. But nobody noticed.', ['It happened in Jan.', 'But nobody noticed.']],
    ['They landed at 10 p.m. The crowd cheered.', ['They landed at 10 p.m.', 'The crowd cheered.']],
    ['He fought in World War I. He survived.', ['He fought in World War I.', 'He survived.']],
    ['It sells in the U.K.) The rest is exported.', ['It sells in the U.K.)', 'The rest is exported.']],
    ['Tanks came from the U.S. "We are ready," he said.', ['Tanks came from the U.S.', '"We are ready," he said.']],
    ['صباح الخير؟ نعم', ['صباح الخير؟', 'نعم']],
  ];
  it.each(cases)('splits %j', (text, sentences) => expectSentences(text, sentences));
});
