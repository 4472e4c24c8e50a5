/** The CSV page's English messages (zh-CN-csv.ts has the same keys). */
export const enCsv = {
  csv: {
    nav: 'CSV',
    title: 'Import and export',
    intro:
      'Targets, complaints and issue codes as CSV. An export imports back as it is; every row an import cannot take is listed with its line, column and reason.',
    kinds: { targets: 'targets', complaints: 'complaints', 'issue-codes': 'issue codes' },
    columns: {
      targets:
        'Columns: ref, kind, name (required); organisationId, supplierTeamId, qualityTeamId, gmvMinor, currency, attributes (JSON). A known ref is updated.',
      complaints:
        'Columns: targetRef, customerRef, issueCode (required); externalId, text, orderRef, lotRef, channel, recordedBy, occurredAt, compensationKind. The same externalId is recorded once.',
      'issue-codes':
        'Columns: code, nameZh, nameEn (required); descriptionZh, descriptionEn, counts, safetyCritical, active (true/false).',
    },
    export: { title: 'Export', link: 'Download all {{kind}} (CSV)' },
    import: {
      title: 'Import',
      kind: 'What the file holds',
      file: 'CSV file (UTF-8, header row first)',
      start: 'Import',
      running: 'Importing…',
      progress: 'Import progress',
      counts:
        '{{percent}} % read (uploaded {{uploaded}} %): {{rows}} rows, {{imported}} imported, {{failed}} with errors',
      done: 'Done in {{seconds}} s.',
      failed: 'The import stopped: the header is missing a required column.',
      errors_one: 'Download the {{count}} row error (CSV)',
      errors_other: 'Download the {{count}} row errors (CSV)',
    },
  },
} as const;
