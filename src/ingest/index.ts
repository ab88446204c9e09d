/** Reading inputs: files, folders and stdin → `RawInput` for the pipeline, with clear errors for bad files. */
export { readInputFile, toReadInput } from './file.js';
export { readInputStream, STDIN_ARG, STDIN_NAME } from './stdin.js';
export { listInputs } from './list.js';
export { decodeText, type TextEncodingName } from './decode.js';
export { READERS, INPUT_EXTENSIONS, readerFor, type SourceReader } from './readers/index.js';
export { DEFAULT_MAX_BYTES, type ReadInput, type ReadOptions, type DecodedFile } from './types.js';
