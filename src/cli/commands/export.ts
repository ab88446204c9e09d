import { createWriteStream, type WriteStream } from 'node:fs';
import { Command, Option } from 'commander';
import { NewsgraphError } from '../../errors.js';
import { EXPORT_FORMATS, type ExportFormat } from '../../export/index.js';
import { exportStore } from '../../service/index.js';
import { openStore } from '../../store/index.js';
import { dbOption } from '../options.js';
import { writeOut } from '../output.js';

interface ExportFlags {
  db: string;
  format: ExportFormat;
  out?: string;
}

const FORMATS_HELP = `
Formats:
  jsonl     one stored Doc (every layer, spans into its text) per line
  csv       one row per event; columns are listed in src/export/csv.ts (RFC 4180 quoting, CRLF)
  geojson   a FeatureCollection: one Point per resolved place mention, with article id, name, country, mention
  gdelt     GDELT 2.0 event-table rows: 61 tab-separated columns, no header; mapping in src/export/gdelt.md`;

export function exportCommand(): Command {
  return new Command('export')
    .description('write every stored article in an exchange format, to stdout or a file')
    .addOption(new Option('--format <format>', 'what to write').choices(EXPORT_FORMATS).makeOptionMandatory())
    .addOption(dbOption())
    .option('--out <file>', 'write to this file instead of stdout')
    .addHelpText('after', FORMATS_HELP)
    .action(async (flags: ExportFlags) => {
      const store = openStore(flags.db, { mustExist: true });
      const file = flags.out === undefined ? undefined : openOut(flags.out);
      try {
        await exportStore(store, flags.format, file ? (chunk) => writeFile(file, chunk) : writeOut);
      } finally {
        await store.close();
        if (file) await closeFile(file);
      }
    });
}

function openOut(path: string): WriteStream {
  const stream = createWriteStream(path);
  // Errors surface through the write callbacks; this keeps an early open error from being unhandled.
  stream.on('error', () => undefined);
  return stream;
}

/** Writes and waits for the stream to take the chunk, so a large export never outruns the disk. */
function writeFile(stream: WriteStream, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(chunk, (error) =>
      error ? reject(new NewsgraphError('OUTPUT_FAILED', stream.path.toString(), error.message)) : resolve(),
    );
  });
}

function closeFile(stream: WriteStream): Promise<void> {
  return new Promise((resolve) => stream.end(() => resolve()));
}
