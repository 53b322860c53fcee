// Reading inputs: paths, directories, stdin, NDJSON records, --meta, decoding.
export { readInputs, INPUT_FORMATS, MAX_DOCUMENT_BYTES, type InputFormat, type InputItem, type ReadOptions } from './read.js';
export { decodeBytes, DecodeError, ENCODINGS, type Encoding, type EncodingOption } from './decode.js';
export { loadMeta, MetaError, MetaIndex, type DocumentMeta } from './meta.js';
export { splitLines } from './lines.js';
