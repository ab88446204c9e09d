import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cameoRoot, pentaClass, ploverGsrLabel } from '../../bench/lib/event-labels.js';

describe('cameoRoot', () => {
  const CASES: [string, string | undefined][] = [
    ['064', '06'],
    ['1711', '17'],
    ['174K', '17'],
    ['20', '20'],
    ['903', undefined], // PETRARCH test-only code
    ['345', undefined],
    ['212', undefined],
    ['', undefined],
  ];
  for (const [code, root] of CASES) it(`${code} → ${root}`, () => assert.equal(cameoRoot(code), root));
});

describe('ploverGsrLabel (PLOVER 0.8 → 0.5b1 names)', () => {
  const CASES: [string, string, string][] = [
    ['REQUEST', '10', 'DEMAND'],
    ['REQUEST', '02', 'DEMAND'],
    ['ACCUSE', '11', 'DISAPPROVE'],
    ['ACCUSE', '09', 'INVESTIGATE'],
    ['ASSAULT', '19', 'FIGHT'],
    ['ASSAULT', '18', 'ASSAULT'],
    ['ASSAULT', '20', 'ASSAULT'],
    ['CONSULT', '04', 'CONSULT'],
    ['COERCE', '16', 'COERCE'],
    ['SANCTION', '16', 'SANCTION'],
  ];
  for (const [type, cameo, label] of CASES)
    it(`${type}/${cameo} → ${label}`, () => assert.equal(ploverGsrLabel(type, cameo), label));
});

describe('pentaClass', () => {
  const CASES: [string, string, number | undefined][] = [
    ['REQUEST', '02', 0], // appeal: public statement in CAMEO
    ['AGREE', '03', 1],
    ['CONCEDE', '08', 2], // by CAMEO root, though PLOVER's quad table says verbal cooperation
    ['ACCUSE', '09', 2],
    ['ACCUSE', '11', 3],
    ['PROTEST', '14', 3],
    ['SANCTION', '16', 4],
    ['ASSAULT', '19', 4],
    ['CONCEDE', '', 1], // no root: the PLOVER type table
    ['UNKNOWN', '', undefined],
  ];
  for (const [type, cameo, penta] of CASES)
    it(`${type}/${cameo || '-'} → ${penta}`, () => assert.equal(pentaClass(type, cameo), penta));
});
