import { Command } from 'commander';
import { NewsgraphError } from '../../errors.js';
import { openStore, type Alert, type AlertQuery } from '../../store/index.js';
import { NewAlertSchema } from '../../watch/index.js';
import { dbOption, formatOption, type OutputFormat } from '../options.js';
import { writeOut } from '../output.js';

/** The query's fields are the options of the same names. */
interface AddFlags extends AlertQuery {
  db: string;
  jsonl?: string;
  webhook?: string;
}

/** `newsgraph alerts add|list|remove`: saved queries `watch` runs on every newly stored article. */
export function alertsCommand(): Command {
  const alerts = new Command('alerts').description(
    'saved queries run on every article watch stores: a match is appended to a JSONL file or POSTed to a webhook',
  );
  alerts
    .command('add')
    .description('save an alert (every query option given must match)')
    .argument('<name>', 'a name to list and remove it by')
    .addOption(dbOption())
    .option('--text <query>', 'full text over title and text (the same syntax as search)')
    .option('--entity <name-or-kb-id>', "an entity's canonical name or KB id (VLADIMIR_PUTIN)")
    .option('--event-type <type>', 'an event type (meet, protest) or CAMEO code')
    .option('--country <code>', 'ISO 3166 alpha-2: a place in it or an entity of that nationality')
    .option('--speaker <name-or-kb-id>', "a quoted speaker's canonical name or KB id")
    .option('--finding-kind <kind>', 'a finding kind')
    .option('--jsonl <file>', 'append each match to this JSONL file')
    .option('--webhook <url>', 'POST each match as JSON to this URL (public addresses unless watch allows)')
    .action(async (name: string, flags: AddFlags) => {
      const { db, jsonl, webhook, ...query } = flags;
      if ((jsonl === undefined) === (webhook === undefined))
        throw new NewsgraphError('BAD_ARGUMENT', 'alerts add', 'give exactly one of --jsonl or --webhook');
      const parsed = NewAlertSchema.safeParse({ name, query, target: jsonl ? { jsonl } : { webhook } });
      if (!parsed.success)
        throw new NewsgraphError(
          'BAD_ARGUMENT',
          'alerts add',
          parsed.error.issues.map((i) => i.message).join('; '),
        );
      const store = openStore(db);
      try {
        const alert = await store.watch().addAlert(parsed.data, new Date().toISOString());
        await writeOut(`added alert ${alert.id} ${alert.name}\n`);
      } finally {
        await store.close();
      }
    });
  alerts
    .command('list')
    .description('list the saved alerts')
    .addOption(dbOption())
    .addOption(formatOption('text'))
    .action(async (flags: { db: string; format: OutputFormat }) => {
      const store = openStore(flags.db, { mustExist: true });
      try {
        const saved = await store.watch().listAlerts();
        await writeOut(flags.format === 'json' ? `${JSON.stringify(saved, null, 2)}\n` : formatAlerts(saved));
      } finally {
        await store.close();
      }
    });
  alerts
    .command('remove')
    .description('remove a saved alert')
    .argument('<id-or-name>', 'its id or name')
    .addOption(dbOption())
    .action(async (which: string, flags: { db: string }) => {
      const store = openStore(flags.db, { mustExist: true });
      try {
        if (!(await store.watch().removeAlert(which)))
          throw new NewsgraphError('NOT_FOUND', `alert ${which}`);
        await writeOut(`removed alert ${which}\n`);
      } finally {
        await store.close();
      }
    });
  return alerts;
}

export function formatAlerts(alerts: readonly Alert[]): string {
  if (alerts.length === 0) return 'No alerts (newsgraph alerts add <name> --entity … --jsonl …).\n';
  return alerts
    .map((alert) => {
      const query = Object.entries(alert.query)
        .map(([key, value]) => `${key}=${JSON.stringify(value)}`)
        .join(' ');
      const target = 'jsonl' in alert.target ? `→ ${alert.target.jsonl}` : `→ POST ${alert.target.webhook}`;
      return `${alert.id} ${alert.name}: ${query} ${target}\n`;
    })
    .join('');
}
