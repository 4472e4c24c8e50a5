import { parseArgs } from 'node:util';
import { AndonError } from '#domain/errors.ts';
import { translate } from '#i18n/index.ts';
import { ConfigError } from '#server/config.ts';
import { withMissingList } from '#server/http/problem.ts';
import { tokenAdd, userAdd, userList } from './commands/access.ts';
import { complaintAdd } from './commands/complaint.ts';
import { exportCommand, importCommand } from './commands/csv.ts';
import { backup, restore } from './commands/backup.ts';
import { demo } from './commands/demo.ts';
import { escalate, relist, retire, review } from './commands/lifecycle.ts';
import { matchEval } from './commands/match-eval.ts';
import { migrate } from './commands/migrate.ts';
import { pull } from './commands/pull.ts';
import { serve } from './commands/serve.ts';
import { status } from './commands/status.ts';
import { cliLocale, UsageError } from './runtime.ts';

const help = `andon — the andon cord for customer service

Usage:
  andon serve [--port 4310] [--host 127.0.0.1]     start the API, docs and status look-up
  andon migrate                                    bring the database schema up to date
  andon demo                                       load the demo data (the book, the repair shops)
  andon complaint add --target REF --customer ID --issue CODE [--text "…"] [--order ID]
                      [--lot ID] [--channel phone|chat|email|…] [--agent ID] [--external-id ID]
                      [--occurred-at ISO] [--compensation coupon|refund|replacement|…]
  andon pull (--complaint ID | --target REF --issue CODE) --by AGENT [--reason "…"]
  andon status REF [REF …]
  andon user add --email EMAIL --name "…" --role ROLE [--password "…"] [--ref HANDLE]
                      [--organisation ORG_ID]  a person who can sign in (roles: agent,
                      supplier_manager, quality, verifier, manager, director, admin, supplier
                      with --organisation, viewer); without --password a temporary one is printed
  andon user list                                  who can sign in
  andon token add --name "…" --scope a,b [--days 90]
                      an API token for an integration (e.g. complaints:write, status:read),
                      printed once
  andon review ANDON_ID --by MANAGER --verdict valid|invalid [--reason-code CODE] [--note "…"]
                      the manager's review: valid grants the reward; invalid (rule_not_met,
                      wrong_target, wrong_issue_code, duplicate, customer_choice,
                      not_reproducible, other) voids it and relists an open andon at once
  andon relist ANDON_ID --by REF [--note "…"]      back on sale after acceptance, or what is missing
  andon retire ANDON_ID --by REF --reason "…"      the target is not coming back
  andon escalate                                   fire the escalation clocks due now (andon serve
                                                   does this every ANDON_ESCALATION_INTERVAL_MS)
  andon import targets|complaints|issue-codes FILE [--errors FILE]
                                                   streams a CSV in (progress bar; every bad row
                                                   reported by line, column and reason)
  andon export targets|complaints|issue-codes [FILE]   every row as CSV (standard output without FILE)
  andon backup FILE                                a consistent copy of the SQLite database, even while
                                                   the server runs (PostgreSQL: pg_dump, see docs/operations.md)
  andon restore FILE                               replace the SQLite database with a backup (stop the
                                                   server first)
  andon match-eval --csv FILE --entity COLUMN --label COLUMN --text COLUMN [--lang zh|en]
                   [--exclude REGEX]                 "same problem?" matching quality as JSON

Options for every command:
  --json          machine-readable output
  --lang zh-CN    messages in Chinese (default: from LANG)

The database is SQLite under ANDON_DATA_DIR (./data), or PostgreSQL when DATABASE_URL is set.`;

const options = {
  port: { type: 'string' },
  host: { type: 'string' },
  target: { type: 'string' },
  customer: { type: 'string' },
  issue: { type: 'string' },
  text: { type: 'string' },
  order: { type: 'string' },
  lot: { type: 'string' },
  channel: { type: 'string' },
  agent: { type: 'string' },
  'external-id': { type: 'string' },
  'occurred-at': { type: 'string' },
  compensation: { type: 'string' },
  complaint: { type: 'string' },
  email: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
  password: { type: 'string' },
  ref: { type: 'string' },
  organisation: { type: 'string' },
  scope: { type: 'string' },
  days: { type: 'string' },
  by: { type: 'string' },
  reason: { type: 'string' },
  verdict: { type: 'string' },
  'reason-code': { type: 'string' },
  note: { type: 'string' },
  csv: { type: 'string' },
  entity: { type: 'string' },
  label: { type: 'string' },
  exclude: { type: 'string' },
  errors: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${help}`);
  }
  const { values: flags, positionals } = parsed;
  const locale = cliLocale(flags.lang);
  const [command, sub, ...rest] = positionals;
  if (flags.help || !command || command === 'help') {
    console.log(help);
    return;
  }
  switch (command) {
    case 'serve':
      return serve(flags);
    case 'migrate':
      return migrate();
    case 'demo':
      return demo(locale);
    case 'complaint':
      if (sub !== 'add') throw new UsageError(`unknown: andon complaint ${sub ?? ''}; did you mean "andon complaint add"?`);
      return complaintAdd(flags, locale);
    case 'pull':
      return pull(flags, locale);
    case 'import':
      return importCommand(sub, rest[0], flags, locale);
    case 'export':
      return exportCommand(sub, rest[0], locale);
    case 'backup':
      return backup(sub, locale);
    case 'restore':
      return restore(sub, locale);
    case 'match-eval':
      return matchEval(flags);
    case 'review':
      return review(sub, flags, locale);
    case 'relist':
      return relist(sub, flags, locale);
    case 'retire':
      return retire(sub, flags, locale);
    case 'escalate':
      return escalate(flags, locale);
    case 'user':
      if (sub === 'add') return userAdd(flags, locale);
      if (sub === 'list') return userList(flags);
      throw new UsageError(`unknown: andon user ${sub ?? ''}; did you mean "andon user add" or "andon user list"?`);
    case 'token':
      if (sub !== 'add') throw new UsageError(`unknown: andon token ${sub ?? ''}; did you mean "andon token add"?`);
      return tokenAdd(flags, locale);
    case 'status':
      return status([sub, ...rest].filter((r): r is string => Boolean(r)), flags, locale);
    default:
      throw new UsageError(`unknown command "${command}"\n\n${help}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const locale = cliLocale();
  if (error instanceof UsageError || error instanceof ConfigError) {
    console.error(`andon: ${error.message}`);
    process.exit(2);
  }
  if (error instanceof AndonError) {
    const detail = translate(locale, `errors.${error.code}.detail`, withMissingList(error.params, locale));
    console.error(`andon: ${translate(locale, `errors.${error.code}.title`)}: ${detail}`);
    for (const issue of error.issues) console.error(`  ${issue.path.join('.')}: ${translate(locale, `fields.${issue.code}`, issue.params)}`);
    process.exit(1);
  }
  console.error(error);
  process.exit(1);
});
