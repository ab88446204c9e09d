import { readExtractionDataset } from './bench/lib/extraction-data.js';
import { readabilityText } from './bench/lib/readability-baseline.js';
import { countSnippets, normaliseWhitespace } from './bench/lib/snippets.js';
import { decodeInputBytes } from './src/ingest/bytes.js';
import { extract } from './src/extract/index.js';
import { clean } from './src/clean/index.js';
import { newDoc } from './src/doc/create.js';
import { defaultContext } from './src/pipeline.js';
const ds = readExtractionDataset('/work/shared/data/extract/trafilatura-eval');
if ('missing' in ds || ds.kind !== 'trafilatura') throw new Error();
const ctx = defaultContext();
for (const p of ds.pages) {
  let html: string; try { html = decodeInputBytes(p.id, p.read()!).content; } catch (e) { console.log("UNDECODABLE", p.id, String(e).slice(0, 120)); continue; }

  const ex = extract({ kind: 'html', content: html, uri: p.url });
  const doc = clean(newDoc({ id: 'x', source: { kind: 'html' }, meta: {}, raw: ex.raw }), ctx);
  const base = readabilityText(html);
  const a = countSnippets(p.item, doc.text), b = countSnippets(p.item, base), r = countSnippets(p.item, ex.raw);
  if (a.tp < b.tp || a.fp > b.fp || a.tp < r.tp) {
    const lost = p.item.with.filter((w) => !normaliseWhitespace(doc.text).includes(normaliseWhitespace(w)) && normaliseWhitespace(base).includes(normaliseWhitespace(w)));
    const lostByClean = p.item.with.filter((w) => !normaliseWhitespace(doc.text).includes(normaliseWhitespace(w)) && normaliseWhitespace(ex.raw).includes(normaliseWhitespace(w)));
    const fps = p.item.without.filter((w) => normaliseWhitespace(doc.text).includes(normaliseWhitespace(w)) && !normaliseWhitespace(base).includes(normaliseWhitespace(w)));
    console.log(p.id, JSON.stringify({ ours: a, base: b, lost, lostByClean, fps, removed: doc.removed.filter((r) => lostByClean.some((w) => normaliseWhitespace(r.text).includes(normaliseWhitespace(w).slice(0, 20)))).map((r) => [r.reason, r.rule, r.text.slice(0, 80)]) }));
  }
}
