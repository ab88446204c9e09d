/**
 * Magic numbers of common binary formats that end up in news folders by mistake, so the error can say what
 * the file is. Source: the formats' specifications (as listed in the `file(1)` magic database).
 */
export interface BinarySignature {
  /** What to call the file in the error message. */
  name: string;
  /** Bytes at offset 0. */
  magic: readonly number[];
}

export const BINARY_SIGNATURES: readonly BinarySignature[] = [
  { name: 'PDF document', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { name: 'PNG image', magic: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', magic: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', magic: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { name: 'ZIP archive (or DOCX/XLSX/EPUB)', magic: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip archive', magic: [0x1f, 0x8b] },
  { name: 'bzip2 archive', magic: [0x42, 0x5a, 0x68] }, // BZh
  { name: 'xz archive', magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: '7-Zip archive', magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'SQLite database', magic: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] }, // "SQLite f"
  { name: 'ELF executable', magic: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'MS Office (OLE) document', magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'WebP/RIFF media', magic: [0x52, 0x49, 0x46, 0x46] }, // RIFF
];
