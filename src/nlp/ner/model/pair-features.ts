/**
 * Rows of the observation features that join two or three neighbouring words (`l-1l=`, `sss=`…), memoised
 * on one of the words' cached forms under a small-integer key (the other words' ids, the template, the
 * sentence mode), so each combination's feature string is built and looked up once per process. Keys stay
 * below 2^30 (V8 small integers: no allocation, cheap hashing); ids too large for that (a pathological
 * article) fall back to building the string every time.
 */
import type { WordForm } from './word-forms.js';
import { MODES } from './word-forms.js';

/** The template, in the low 3 bits of a key. */
const TEMPLATE = {
  lowerLeftLower: 0, // l-1l=, on the word, by the left word's lower id
  lowerLowerRight: 1, // ll+1=, on the word, by the right word's lower id
  lowerAround: 2, // l-1l+1=, on the left word, by the right word's lower id
  lowerLeftShape: 3, // l-1ss=, on the left word, by the word's shape id and mode
  shapeLowerRight: 4, // ssl+1=, on the right word, by the word's shape id and mode
  shapeTriple: 5, // sss=, on the word, by the left and right shape ids and mode
} as const;
const MAX_KEY = 2 ** 30;
const SHAPES = 2 ** 10;

export class PairFeatures {
  /** Pairs remembered since the word forms (which hold them) were last dropped. */
  remembered = 0;

  constructor(private readonly featureRow: (feature: string) => number) {}

  /** `l-1l=` + left lower | lower. */
  leftLower(left: WordForm, self: WordForm): number {
    const key = left.lowerId * 8 + TEMPLATE.lowerLeftLower;
    return this.memo(self, key) ?? this.remember(self, key, 'l-1l=' + left.lower + '|' + self.lower);
  }

  /** `ll+1=` + lower | right lower. */
  lowerRight(self: WordForm, right: WordForm): number {
    const key = right.lowerId * 8 + TEMPLATE.lowerLowerRight;
    return this.memo(self, key) ?? this.remember(self, key, 'll+1=' + self.lower + '|' + right.lower);
  }

  /** `l-1l+1=` + left lower | right lower. */
  around(left: WordForm, right: WordForm): number {
    const key = right.lowerId * 8 + TEMPLATE.lowerAround;
    return this.memo(left, key) ?? this.remember(left, key, 'l-1l+1=' + left.lower + '|' + right.lower);
  }

  /** `sss=` + left shape | shape | right shape + mode suffix. */
  shapes(left: WordForm, self: WordForm, right: WordForm, mode: number): number {
    const fits = left.shapeId < SHAPES && right.shapeId < SHAPES;
    const key = fits ? ((left.shapeId * SHAPES + right.shapeId) * 4 + mode) * 8 + TEMPLATE.shapeTriple : -1;
    return (
      this.memo(self, key) ??
      this.remember(
        self,
        key,
        'sss=' + left.shortShape + '|' + self.shortShape + '|' + right.shortShape + suffix(mode),
      )
    );
  }

  /** `l-1ss=` + left lower | shape + mode suffix. */
  leftLowerShape(left: WordForm, self: WordForm, mode: number): number {
    const key = (self.shapeId * 4 + mode) * 8 + TEMPLATE.lowerLeftShape;
    return (
      this.memo(left, key) ??
      this.remember(left, key, 'l-1ss=' + left.lower + '|' + self.shortShape + suffix(mode))
    );
  }

  /** `ssl+1=` + shape | right lower + mode suffix. */
  shapeRightLower(self: WordForm, right: WordForm, mode: number): number {
    const key = (self.shapeId * 4 + mode) * 8 + TEMPLATE.shapeLowerRight;
    return (
      this.memo(right, key) ??
      this.remember(right, key, 'ssl+1=' + self.shortShape + '|' + right.lower + suffix(mode))
    );
  }

  private memo(on: WordForm, key: number): number | undefined {
    return key >= 0 && key < MAX_KEY ? on.pairRows?.get(key) : undefined;
  }

  private remember(on: WordForm, key: number, feature: string): number {
    const row = this.featureRow(feature);
    if (key >= 0 && key < MAX_KEY) {
      (on.pairRows ??= new Map()).set(key, row);
      this.remembered++;
    }
    return row;
  }
}

/** Case-sensitive templates carry the sentence mode, except in ordinary mixed-case text. */
function suffix(mode: number): string {
  return mode === 0 ? '' : (MODES[mode] ?? '');
}
