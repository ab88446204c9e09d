import { existsSync, readFileSync } from 'node:fs';
import type { Context } from '../context.js';
import { modelFile } from '../util/paths.js';
import { EventModelSchema, type EventModel } from './classifier.js';

/** The shipped decision model (`npm run train:events` writes it). */
export const EVENT_MODEL_FILE = 'events-logreg.json';

export function loadEventModel(path: string = modelFile(EVENT_MODEL_FILE)): EventModel | undefined {
  if (!existsSync(path)) return undefined;
  return EventModelSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** The model, loaded once per process; undefined only when the file is absent (cue table alone). */
export function eventModel(ctx: Context): EventModel | undefined {
  return ctx.cache.get('events:model', () => loadEventModel());
}
