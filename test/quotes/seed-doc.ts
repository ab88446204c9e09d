/**
 * The seed article's quoting sentences (examples/seed-article.txt), with the mentions the nlp stage is
 * expected to produce: names, role descriptions (alias:role) and resolved pronouns (coref:pronoun).
 */
import type { Doc } from '../../src/doc/types.js';
import { makeDoc, type DocSpec } from './make-doc.js';

export const SEED_TEXT = [
  'Trump extended the invitation at Putin’s suggestion. However, the US president has since shown caution, stating that the meeting could be concluded swiftly if Putin doesn’t show willingness to compromise.',
  'Trump, usually fond of boasting of his deal-making skills, has called the summit a ‘feel-out meeting’ to test Putin, whom he last saw in 2019.',
  '‘I am president, and he’s not going to mess around with me,’ Trump told reporters at the White House on Thursday.',
  '“If the meeting doesn’t go well, it will end quickly. But if it’s successful, we could achieve peace soon,” said Trump, estimating the summit has a 25% chance of flopping.',
  'Trump has pledged to engage with European leaders and Zelensky, assuring that any final deal would involve a three-way discussion alongside Zelensky to ‘allocate’ territory.',
  'Trump has acknowledged his frustration with Putin and warned of ‘very severe consequences’ if he does not accept a ceasefire – but also agreed to see him in Alaska.',
  'The Kremlin said it expected Putin and Trump to meet alone with interpreters before a working lunch with aides.',
  'Zelensky has firmly rejected any agreement that involves giving up more territory, citing constitutional and security concerns. President Trump has indicated that any potential peace deal may involve territorial adjustments, suggesting ‘some swapping’ of territories.',
  'However, Ukrainian officials have expressed concerns that such proposals could undermine Ukraine’s sovereignty.',
  'The meeting comes as Putin is preparing to test Russia;s nuclear-powered, nuclear armed cruise missles. Experts say recent satellite images show intense preparations at the Pankovo test site on Novaya Zemlya, a remote archipelago in the Barents Sea',
  'Trump has hinted that a peace deal could involve ‘some swapping of territories to the betterment of both’, though details remain vague and controversial.',
  'Last Friday, he said: ‘We are looking to actually get some back and some swapping. It is complicated, actually nothing easy. We are going to get some back, some switched.’',
  'Meanwhile, Russia is believed to present sweeping demands – Ukraine’s withdrawal from regions like Donbas and Crimea, neutrality, and a rejection of NATO, conditions that Ukraine and its allies have long rejected.',
  'However, many analysts warn that without coordinated Western pressure and Ukraine’s central role, the outcome remains uncertain.',
  'It comes as Putin is gearing up to test its nuclear-powered, nuclear-armed cruise missile after the US president warned him of ‘severe consequences’ if the war continues.',
].join('\n');

export const SEED_SPEC: DocSpec = {
  entities: {
    trump: ['PERSON', 'Donald Trump'],
    putin: ['PERSON', 'Vladimir Putin'],
    zelensky: ['PERSON', 'Volodymyr Zelensky'],
    kremlin: ['ORG', 'Kremlin'],
    ukraine: ['GPE', 'Ukraine'],
    russia: ['GPE', 'Russia'],
    ukrainian: ['NORP', 'Ukrainian'],
    whiteHouse: ['FAC', 'White House'],
    nato: ['ORG', 'NATO'],
  },
  mentions: [
    ['President Trump', 'trump'],
    ['Trump', 'trump'],
    ['the US president', 'trump', { rule: 'alias:role' }],
    ['Putin', 'putin'],
    ['Zelensky', 'zelensky'],
    ['Kremlin', 'kremlin'],
    ['Ukraine', 'ukraine'],
    ['Russia', 'russia'],
    ['Ukrainian', 'ukrainian'],
    ['White House', 'whiteHouse'],
    ['NATO', 'nato'],
    // "whom he last saw" (Trump), "if he does not accept" (Putin), "Last Friday, he said" (Trump);
    // the "he’s" inside the first quote is Putin too, but a word inside a quotation never speaks.
    ['he', 'trump', { nth: [0, 3], rule: 'coref:pronoun' }],
    ['he', 'putin', { nth: [1, 2], rule: 'coref:pronoun' }],
    ['him', 'putin', { rule: 'coref:pronoun' }],
  ],
};

export function seedDoc(spec: Partial<DocSpec> = {}): Doc {
  return makeDoc(SEED_TEXT, { ...SEED_SPEC, ...spec });
}
