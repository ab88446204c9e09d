/**
 * Rows of the feature templates whose values come from a small closed set (casing × initial × mode,
 * document flags, gazetteer codes, label pairs), looked up once when the model loads. The strings are
 * built exactly as in features.ts.
 */
import { ELSEWHERE_VALUES, HISTORY_TYPES } from './doc-context.js';
import type { Gazetteer } from './gazetteer.js';
import { BILOU_LABELS } from './labels.js';
import { CASINGS, MODES } from './word-forms.js';

const N_CASINGS = CASINGS.length;

export interface FeatureTables {
  bias: number;
  /** `init=`, by `initial * N_CASINGS + casing`. */
  init: Int32Array;
  /** `mode=`, by `(mode * N_CASINGS + casing) * 2 + initial`. */
  mode: Int32Array;
  /** `doc=`, by `((elsewhere * N_CASINGS + casing) * 2 + initial) * 3 + mode`. */
  doc: Int32Array;
  /** `g=` by code; `gc=` by `code * N_CASINGS + casing`; `g-1=` and `g+1=` by code. */
  gazetteer: Int32Array;
  gazetteerCasing: Int32Array;
  gazetteerLeft: Int32Array;
  gazetteerRight: Int32Array;
  /** `y-1=` by label; `y-2y-1=` by `prev2 * N_LABELS + prev1`; `h=` by history type. */
  prevLabel: Int32Array;
  prevLabels: Int32Array;
  history: Int32Array;
}

export function featureTables(row: (feature: string) => number, gazetteer: Gazetteer): FeatureTables {
  const flag = (initial: number): string => (initial ? 'I' : 'n');
  const init = new Int32Array(2 * N_CASINGS);
  const mode = new Int32Array(MODES.length * N_CASINGS * 2);
  const doc = new Int32Array(ELSEWHERE_VALUES.length * N_CASINGS * 2 * MODES.length);
  CASINGS.forEach((c, ci) => {
    for (let initial = 0; initial < 2; initial++) {
      init[initial * N_CASINGS + ci] = row('init=' + flag(initial) + c);
      MODES.forEach((m, mi) => {
        mode[(mi * N_CASINGS + ci) * 2 + initial] = row('mode=' + m + c + flag(initial));
        ELSEWHERE_VALUES.forEach((e, ei) => {
          doc[((ei * N_CASINGS + ci) * 2 + initial) * MODES.length + mi] = row(
            'doc=' + e + c + flag(initial) + m,
          );
        });
      });
    }
  });
  const codes = Array.from({ length: gazetteer.codeCount }, (_, code) => gazetteer.codeName(code));
  return {
    bias: row('b'),
    init,
    mode,
    doc,
    gazetteer: Int32Array.from(codes, (g) => row('g=' + g)),
    gazetteerCasing: Int32Array.from(
      codes.flatMap((g) => CASINGS.map((c) => 'gc=' + g + c)),
      row,
    ),
    gazetteerLeft: Int32Array.from(codes, (g) => row('g-1=' + g)),
    gazetteerRight: Int32Array.from(codes, (g) => row('g+1=' + g)),
    prevLabel: Int32Array.from(BILOU_LABELS, (y) => row('y-1=' + y)),
    prevLabels: Int32Array.from(
      BILOU_LABELS.flatMap((y2) => BILOU_LABELS.map((y1) => 'y-2y-1=' + y2 + '|' + y1)),
      row,
    ),
    history: Int32Array.from(HISTORY_TYPES, (h) => row('h=' + h)),
  };
}
