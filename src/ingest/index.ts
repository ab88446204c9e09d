/** Reading inputs: files, folders and stdin → `RawInput` for the pipeline, with clear errors for bad files. */
export { readInputFile, toReadInput } from './file.js';
export { readInputStream, STDIN_ARG, STDIN_NAME } from './stdin.js';
export { listInputs } from './list.js';
export { decodeText, type TextEncodingName } from './decode.js';
export {
  READERS,
  INPUT_EXTENSIONS,
  hasInputExtension,
  readerFor,
  type SourceReader,
} from './readers/index.js';
export { readInputItems } from './items.js';
export { kindByName, kindByContent, type ContainerKind } from './container-kinds.js';
export { itemName, type ItemOutcome, type ItemReadOptions, type JsonlFieldNames } from './item-types.js';
export { DEFAULT_JSONL_FIELDS } from './readers/jsonl-fields.js';
export { DEFAULT_MAX_BYTES, type ReadInput, type ReadOptions, type DecodedFile } from './types.js';
export {
  addressProblem,
  isPublicAddress,
  isUrl,
  readUrlList,
  DEFAULT_FETCH_TIMEOUT_MS,
  type FetchOptions,
} from './fetch/index.js';
export { readUrlItem } from './readers/urls.js';
