import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createContext } from '../../src/context.js';
import { codeEvents } from '../../src/events/index.js';
import type { Event } from '../../src/doc/types.js';
import { makeDoc, type DocSpec } from './make-doc.js';
import { WORLD } from './world.js';

const ctx = createContext();
const code = (text: string, extra: Partial<DocSpec> = {}): Event[] =>
  codeEvents(makeDoc({ text, entities: WORLD, ...extra }), ctx).events;

type Expected = [
  type: string,
  cameo: string,
  source: string | undefined,
  target: string | undefined,
  flags?: 'neg' | 'hyp' | 'neg+hyp',
];

const CASES: [string, Expected][] = [
  ['Putin prepares to sit down with Trump on Friday.', ['CONSULT', '04', 'putin', 'trump', 'hyp']],
  ['Erdogan did not meet Assad.', ['CONSULT', '04', 'erdogan', 'assad', 'neg']],
  ['Modi phoned Zelensky on Tuesday.', ['CONSULT', '04', 'modi', 'zelensky']],
  ['Macron will visit Beijing next week.', ['CONSULT', '04', 'macron', 'china', 'hyp']],
  ['Israel and Hamas held talks in Cairo.', ['CONSULT', '04', 'israel', 'hamas']],
  ['Putin and Xi are expected to meet in Moscow.', ['CONSULT', '04', 'putin', 'xi', 'hyp']],
  ['The talks between Putin and Xi ended without a deal.', ['CONSULT', '04', 'putin', 'xi']],
  ['The Kremlin said it expected Putin and Trump to meet alone.', ['CONSULT', '04', 'putin', 'trump', 'hyp']],
  [
    'Russian President Vladimir Putin is travelling ahead of his eagerly awaited meeting with Donald Trump.',
    ['CONSULT', '04', 'putin', 'trump', 'hyp'],
  ],
  ['China sanctioned three US defence firms.', ['COERCE', '16', 'china', 'us']],
  ['The US imposed new sanctions on Iran.', ['COERCE', '16', 'us', 'iran']],
  [
    'The Treasury Department temporarily eased sanctions on top Russian officials.',
    ['RETREAT', '08', 'treasury', 'russia'],
  ],
  ['Hamas attacked Israel on October 7.', ['ASSAULT', '19', 'hamas', 'israel']],
  // welcoming a decision is support; sharp attacks are criticism (cues.tsv)
  ["Macron welcomed Xi's announcement on Monday.", ['SUPPORT', '05', 'macron', 'xi']],
  ['Modi welcomed the decision.', ['SUPPORT', '05', 'modi', undefined]],
  ["Biden's sharp attacks on Xi continued.", ['ACCUSE', '11', 'biden', 'xi']],
  ['Russia shelled Kharkiv overnight.', ['ASSAULT', '19', 'russia', 'kharkiv']],
  ['Kyiv was attacked by Russia overnight.', ['ASSAULT', '19', 'russia', 'kyiv']],
  ['Russian forces have launched a rapid offensive.', ['ASSAULT', '19', 'russia', undefined]],
  ['Zelensky was not invited.', ['AGREE', '03', undefined, 'zelensky', 'neg']],
  ['Trump blamed predecessor Joe Biden for the war.', ['ACCUSE', '11', 'trump', 'biden']],
  [
    'In a meeting in which Trump publicly berated Zelensky, nothing was agreed.',
    ['ACCUSE', '11', 'trump', 'zelensky'],
  ],
  ['Iran warned Israel of severe consequences.', ['THREATEN', '13', 'iran', 'israel']],
  ['Trump warned of ‘very severe consequences’ if the war goes on.', ['THREATEN', '13', 'trump', undefined]],
  [
    'Zelensky has firmly rejected any agreement that involves giving up territory.',
    ['REJECT', '12', 'zelensky', undefined],
  ],
  ['Putin faces an arrest warrant from the International Criminal Court.', ['COERCE', '17', 'icc', 'putin']],
  // the promise is aimed at whom the act it names is (complement-targets.ts), as PLOVER codes "threatened to …"
  ['Biden vowed to defend Ukraine.', ['AGREE', '03', 'biden', 'ukraine']],
  ['Xi urged Putin to end the war.', ['REQUEST', '02', 'xi', 'putin']],
  ['Russia deployed troops near Ukraine.', ['MOBILIZE', '15', 'russia', 'ukraine']],
  ['If Putin meets Trump, the war could end.', ['CONSULT', '04', 'putin', 'trump', 'hyp']],
  ['Macron praised Modi for his leadership.', ['SUPPORT', '05', 'macron', 'modi']],
  // the subject of a condition is not the subject of the main verb after the condition ends
  [
    'Trump warned of consequences if Putin rejects a ceasefire – but also agreed to see Zelensky.',
    ['AGREE', '03', 'trump', 'zelensky'],
  ],
  // … but is the subject of a cue inside its own clause
  ['Talks moved on when Putin showed willingness to compromise.', ['CONCEDE', '08', 'putin', undefined]],
  // a venue among a noun's modifiers is walked over to the possessor before it
  ['Trump’s White House meeting went badly.', ['CONSULT', '04', 'trump', undefined]],
  // a warning to act is an appeal; one aimed at an actor stays a threat
  ['Xi warned Putin to end the war.', ['REQUEST', '02', 'xi', 'putin']],
  ['Iran warned Israel on Monday.', ['THREATEN', '13', 'iran', 'israel']],
  // actors inside a parenthetical relative clause or a list after a preposition are not the subject
  ['Erdogan, who met leaders in Russia, China and Iran, praised Modi.', ['SUPPORT', '05', 'erdogan', 'modi']],
  ['Biden cannot support Putin.', ['SUPPORT', '05', 'biden', 'putin', 'neg+hyp']],
  // the requester of a nominal request is its possessor, not the clause subject
  ['Macron accepted Putin’s request for talks.', ['REQUEST', '02', 'putin', undefined]],
];

const NONE: string[] = [
  'Ukraine met the deadline for the reforms.',
  'Climbers from Nepal reached the summit of the mountain.',
  'The summit comes amid escalating military activity.',
  'Trump has called the summit a feel-out meeting.',
  'Her deal-making skills impressed Trump.',
  'Biden suffered a heart attack in the story.',
  'Macron will visit the museum tomorrow.',
  // the White House is where the meeting was, not who met
  'A stunning February 28 White House meeting ended early.',
  // must-not-match rows of cues.tsv, not-event-verbs.tsv and person-roles.tsv
  'Trump will discuss his new book on Friday.',
  'Putin agreed that the plan needs more work.',
  'Modi offered no explanation for the delay.',
  'Trump warned that the economy would suffer.',
  'The poll that Modi released last week was wrong.',
  'Hamas posed no threat to the talks.',
  'The Russia senator criticized the plan.',
  'Biden argued that Xi would grow stronger.',
  'Trump led Biden by 300 pledged delegates.',
  'Biden has been fighting for working people for decades.',
  'Trump ran as a protest candidate against Biden.',
  'Biden wants to sign up five million voters in Ukraine.',
];

describe('codeEvents: sentences → (type, cameo, source, target, flags)', () => {
  for (const [text, [type, cameo, source, target, flags]] of CASES) {
    it(text, () => {
      const events = code(text);
      const e = events.find((x) => x.type === type);
      assert.ok(e, `no ${type} in ${JSON.stringify(events.map((x) => [x.type, x.cue.text, x.rule]))}`);
      assert.equal(e.cameo, cameo);
      assert.equal(e.source, source, `source; rule ${e.rule}`);
      assert.equal(e.target, target, `target; rule ${e.rule}`);
      assert.equal(e.negated, flags === 'neg' || flags === 'neg+hyp', 'negated');
      assert.equal(e.hypothetical, flags === 'hyp' || flags === 'neg+hyp', 'hypothetical');
      assert.equal(e.text, text, 'the event span is the sentence');
    });
  }
});

describe('codeEvents: must not code', () => {
  for (const text of NONE) {
    it(text, () => {
      const events = code(text);
      assert.deepEqual(
        events.map((e) => `${e.type}:${e.cue.text}`),
        [],
      );
    });
  }
});

describe('codeEvents: attachments and merging', () => {
  const text =
    'Putin prepares to sit down with Trump in Alaska on Friday for their first face-to-face meeting since 2018.';
  const events = code(text, {
    timexes: [
      { text: '2018', type: 'DATE', value: '2018' },
      { text: 'Friday', type: 'DATE', value: '2025-08-15' },
    ],
    places: [{ text: 'Alaska', timeZone: 'America/Anchorage', country: 'US' }],
  });

  it('merges the verb and the noun into one CONSULT', () => {
    assert.equal(events.filter((e) => e.type === 'CONSULT').length, 1);
  });
  it('attaches Friday (not "since 2018") and Alaska', () => {
    const e = events[0]!;
    assert.equal(e.time, 1, 'index of Friday in doc.timexes');
    assert.equal(e.place, 0);
    assert.equal(e.cue.text, 'sit down');
    assert.equal(text.slice(e.cue.start, e.cue.end), e.cue.text);
  });
  it('codes "their meeting" alone as a reciprocal CONSULT', () => {
    const alone = code('Trump thanked Putin for their first meeting.');
    const consult = alone.find((e) => e.type === 'CONSULT');
    assert.ok(consult);
    assert.deepEqual(new Set([consult.source, consult.target]), new Set(['putin', 'trump']));
  });
  it('takes the two people, not the city, as "their"', () => {
    const consult = code('Xi met Modi in Tianjin on Sunday, their first meeting in seven years.').filter(
      (e) => e.type === 'CONSULT',
    );
    assert.deepEqual(
      consult.map((e) => [e.source, e.target]),
      [['xi', 'modi']],
    );
  });
  it('leaves a doc without tokens alone', () => {
    const doc = makeDoc({ text: '' });
    assert.equal(codeEvents(doc, ctx), doc);
  });
});
