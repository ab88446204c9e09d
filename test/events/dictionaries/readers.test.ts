import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { codesAt, parseActors, parseRestriction } from '../../../src/events/dictionaries/actors.js';
import { parseAgents } from '../../../src/events/dictionaries/agents.js';
import { discardIn, parseDiscards } from '../../../src/events/dictionaries/discards.js';
import { expandIssuePhrase, parseIssues } from '../../../src/events/dictionaries/issues.js';
import { parsePattern, parseVerbs } from '../../../src/events/dictionaries/verbs.js';
import { restrictionDate } from '../../../src/events/dictionaries/text.js';
import { formatCodeCell, parseCodeCell } from '../../../src/kb/rows.js';

const PUTIN = `# comment
VLADIMIR_PUTIN_  # CountryInfo.txt
+VLADIMIR_VLADIMIROVICH_PUTIN_
+PUTIN_
\t[RUSELI 700101-990809]
\t[RUSGOV 991231-080507]
\t[RUSGOV 990809-000507]
\t[RUSGOV >080508]
\t[RUSELI]
HILLARY_CLINTON_  # CountryInfo.txt
+HILLARY_RODHAM_CLINTON
\t[USAELI 650101-000101]
\t[USAGOV 090121-130201]
\t[USAELI]
AFGHANISTAN_  [AFG]
+KABUL_
JAMES_BYRNES_  ; CountryInfo.txt
    [USAELI 18970101-450703]
`;

describe('actor dictionary reader', () => {
  const entries = parseActors(PUTIN);
  const byId = new Map(entries.map((e) => [e.id, e]));

  it('reads primaries, synonyms and date restrictions', () => {
    assert.deepEqual(
      entries.map((e) => e.id),
      ['VLADIMIR_PUTIN', 'HILLARY_CLINTON', 'AFGHANISTAN', 'JAMES_BYRNES'],
    );
    assert.deepEqual(byId.get('VLADIMIR_PUTIN')!.names, [
      ['vladimir', 'putin'],
      ['vladimir', 'vladimirovich', 'putin'],
      ['putin'],
    ]);
    assert.deepEqual(byId.get('AFGHANISTAN')!.codes, [{ code: 'AFG' }]);
    assert.deepEqual(byId.get('JAMES_BYRNES')!.codes, [
      { code: 'USAELI', from: '1897-01-01', to: '1945-07-03' },
    ]);
  });

  it('gives the code valid at a date, the default outside every range', () => {
    const putin = byId.get('VLADIMIR_PUTIN')!.codes;
    assert.deepEqual(codesAt(putin, '2025-08-14'), ['RUSGOV']);
    assert.deepEqual(codesAt(putin, '1995-01-01'), ['RUSELI']);
    const clinton = byId.get('HILLARY_CLINTON')!.codes;
    assert.deepEqual(codesAt(clinton, '2011-06-01'), ['USAGOV']);
    assert.deepEqual(codesAt(clinton, '2016-09-12'), ['USAELI'], 'USAGOV only 2009–2013');
    assert.deepEqual(codesAt(clinton, undefined), ['USAELI']);
  });

  it('reads both date forms and rejects malformed ones', () => {
    assert.equal(restrictionDate('080508'), '2008-05-08');
    assert.equal(restrictionDate('700101'), '1970-01-01');
    assert.equal(restrictionDate('19820101'), '1982-01-01');
    assert.equal(restrictionDate('2004017'), undefined);
    assert.equal(restrictionDate('081308'), undefined);
    assert.deepEqual(parseRestriction('RUSGOV <991231'), { code: 'RUSGOV', to: '1999-12-31' });
    assert.equal(parseRestriction('KORGOVBUS 2004017-20061201'), undefined);
  });

  it('property: an eight-digit date reads back as the same ISO day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          assert.equal(restrictionDate(iso.replace(/-/g, '')), iso);
        },
      ),
    );
  });

  it('property: a KB codes cell survives format → parse', () => {
    const day = fc
      .date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const code = fc.record(
      { code: fc.stringMatching(/^[A-Z]{3,9}$/), from: day, to: day },
      { requiredKeys: ['code'] },
    );
    fc.assert(
      fc.property(fc.array(code, { maxLength: 5 }), (codes) => {
        assert.deepEqual(
          parseCodeCell(formatCodeCell(codes)),
          codes.map((c) => ({ ...c })),
        );
      }),
    );
  });
});

describe('agent dictionary reader', () => {
  const agents = parseAgents(`!PERSON! = MAN, MEN, WOMAN
POLICE {} [~COP]
TROOP [~MIL]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
HUMAN_RIGHTS_BODY  [NGO~] # comment
CONGRESS!PERSON! [~LEG]
PARTY [~PTY]
`);
  const forms = (code: string): string[] =>
    agents.filter((a) => a.code === code).flatMap((a) => a.forms.map((f) => f.join(' ')));

  it('makes regular plurals unless {} says otherwise', () => {
    assert.deepEqual(forms('COP'), ['police']);
    assert.deepEqual(forms('MIL'), ['troop', 'troops']);
    assert.deepEqual(forms('GOVATG'), ['attorney general', 'attorneys general']);
    assert.deepEqual(forms('PTY'), ['party', 'parties']);
  });

  it('expands substitution markers and reads prefix codes', () => {
    assert.deepEqual(forms('LEG'), ['congressman', 'congressmen', 'congresswoman']);
    assert.equal(agents.find((a) => a.code === 'NGO')?.prefix, true);
    assert.equal(agents.find((a) => a.code === 'MIL')?.prefix, false);
  });
});

describe('verb dictionary reader', () => {
  const dict = parseVerbs(`&CURRENCY
+MONEY
+CASH_
&AUXVERB_
+WILL
---  ACCELERATE   [---]  ---
ACCELERATE
HURRY {HURRIES HURRYING HURRIED }
- * (TO)                                              [042:043]     # RUSH
- * {ARMS SHIPMENT}                                   [072]         # EXPEDITE
- &MILITARY *                                         [154]         # RUSH
---  ASK   [020]  ---
ASK     [020]
+ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]
- * &CURRENCY [071]
- DEMONSTRATOR * +  [145]
`);

  it('reads synsets with plurals where not stopped', () => {
    assert.deepEqual(dict.synsets.get('CURRENCY'), [['money'], ['moneys'], ['cash']]);
    assert.deepEqual(dict.synsets.get('AUXVERB'), [['will']]);
  });

  it('reads verb blocks, regular and irregular forms, codes', () => {
    const [accelerate, ask] = dict.blocks;
    assert.equal(accelerate!.code, '---');
    assert.deepEqual(accelerate!.verbs[0]!.forms, [
      ['accelerate'],
      ['accelerates'],
      ['accelerated'],
      ['accelerating'],
    ]);
    assert.deepEqual(
      accelerate!.verbs[1]!.forms.map((f) => f.join(' ')),
      ['hurry', 'hurries', 'hurrying', 'hurried'],
    );
    assert.equal(ask!.code, '020');
    assert.deepEqual(
      ask!.verbs[1]!.forms.map((f) => f.join(' ')),
      ['ask for', 'asked for', 'asking for', 'asks for'],
    );
  });

  it('reads pattern elements and codes', () => {
    const p = dict.blocks[0]!.patterns;
    assert.equal(p.length, 3);
    assert.deepEqual(p[0], {
      before: [],
      after: [{ kind: 'prep', prep: ['to'], object: [] }],
      code: '042',
      altCode: '043',
      text: '* (TO)',
    });
    assert.deepEqual(p[1]!.after, [{ kind: 'word', words: ['arms', 'shipment'] }]);
    assert.deepEqual(p[2]!.before, [{ kind: 'synset', name: 'MILITARY' }]);
    assert.deepEqual(dict.blocks[1]!.patterns[1]!.after, [{ kind: 'target' }]);
    assert.equal(parsePattern('- * NOTHING'), undefined, 'a pattern needs a code');
  });
});

describe('discards and issues', () => {
  it('discards a sentence on a stem or a whole word', () => {
    const d = parseDiscards('+ACADEMY AWARD   # LRP\nBASKETBALL\nASIAN_CUP_\n');
    assert.equal(d[0]!.wholeStory, true);
    assert.equal(discardIn('She won an Academy Awards nomination', d)?.phrase, 'academy award');
    assert.equal(discardIn('Japan won the Asian Cup.', d)?.phrase, 'asian cup');
    assert.equal(discardIn('Japan won the Asian Cupola', d), undefined);
    assert.equal(discardIn('The minister met the king', d), undefined);
  });

  it('expands issue phrases', () => {
    assert.deepEqual(expandIssuePhrase('n:atrocity'), ['atrocity', 'atrocities']);
    assert.deepEqual(expandIssuePhrase('pre+k'), ['pre k', 'pre-k']);
    const dict = parseIssues(
      '<ISSUE CATEGORY="X">\nwar n:crime [ID_ATROCITY]\n~Saturday Night massacre\n</ISSUE>\n',
    );
    assert.deepEqual(dict.issues[0]!.phrases, ['war crime', 'war crimes']);
    assert.deepEqual(dict.ignore, ['saturday night massacre']);
  });
});
