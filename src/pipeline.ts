import { attributeQuotes } from './quotes/index.js';
import { checkFacts } from './checks/index.js';
import { clean } from './clean/index.js';
import { codeEvents } from './events/index.js';
import { createContext, type Context } from './context.js';
import { docId } from './doc/id.js';
import { newDoc } from './doc/create.js';
import { publicationKey } from './doc/publication.js';
import type { Doc, RawInput } from './doc/types.js';
import { extract } from './extract/index.js';
import { titleText } from './extract/headline.js';
import { annotateLanguage } from './nlp/index.js';
import { normaliseTime } from './time/index.js';
import { resolvePlaces } from './geo/index.js';
import { linkKnowledge } from './kb/index.js';

export type Stage = (doc: Doc, ctx: Context) => Doc;

/**
 * The stages in order. Places come before time (unlike the first design sketch) because a clock time is
 * anchored in the time zone of the place it is said about ("11:30 am … at Elmendorf" is Alaska time).
 */
export const STAGES: readonly { name: string; run: Stage }[] = [
  { name: 'clean', run: clean }, // boilerplate, captions, repeats out; every later span is into clean text
  { name: 'nlp', run: annotateLanguage }, // sentences, tokens, entities and their aliases
  { name: 'geo', run: resolvePlaces }, // toponyms from entity mentions → coordinates, country, time zone
  { name: 'time', run: normaliseTime }, // needs places for clock-time zones
  { name: 'kb', run: linkKnowledge }, // entities → knowledge-base identities, roles at the publication date
  { name: 'quotes', run: attributeQuotes }, // speakers are entities; a role description needs the kb roles
  { name: 'events', run: codeEvents }, // actors are entities; place and time attach to events
  { name: 'checks', run: checkFacts }, // reads every layer above
];

let sharedContext: Context | undefined;

/** The process-wide context: models and gazetteers load once, on first use. */
export function defaultContext(): Context {
  sharedContext ??= createContext();
  return sharedContext;
}

/** Reads one article and returns its full Doc. Pure but for lazily loaded resources in `ctx`. */
export function analyze(input: RawInput, ctx: Context = defaultContext()): Doc {
  let doc = prepareDoc(input);
  for (const stage of STAGES) doc = stage.run(doc, ctx);
  return doc;
}

/**
 * The Doc before the stages: extracted text and metadata. Metadata given with the input wins over what
 * extraction finds, which wins over the input's fallbacks (a crawl date is no publication date). The home
 * region comes last: which site it is for is known only once extraction has read the page.
 */
export function prepareDoc(input: RawInput): Doc {
  const extracted = extract(input);
  const meta = {
    ...definedOnly(input.fallbackMeta ?? {}),
    ...definedOnly(extracted.meta),
    ...definedOnly(input.meta ?? {}),
  };
  if (!meta.titleLine && meta.title) {
    // a feed or JSONL item whose text opens with its own title: that line is the headline
    const line = extracted.raw.trimStart().split('\n', 1)[0]!.trimEnd();
    if (line !== '' && titleText(line) === titleText(meta.title)) meta.titleLine = line;
  }
  const home = input.homeRegions?.get(publicationKey(meta.site, input.uri) ?? '');
  if (home && !meta.homeRegion) meta.homeRegion = home;
  const doc = newDoc({
    id: docId(input.uri, extracted.raw),
    source: {
      kind: input.kind,
      ...(input.uri ? { uri: input.uri } : {}),
      ...(meta.site ? { site: meta.site } : {}),
    },
    meta,
    raw: extracted.raw,
  });
  doc.diagnostics.push(...extracted.diagnostics);
  return doc;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}
