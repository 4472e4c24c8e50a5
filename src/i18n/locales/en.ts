/** English messages of the server and CLI. The zh-CN file must have exactly the same keys. */
export const en = {
  errors: {
    validation_failed: { title: 'The request is not valid', detail: '{{count}} field(s) failed validation.' },
    unknown_reference: { title: 'A reference names nothing', detail: '{{field}} "{{value}}" does not exist.' },
    not_found: { title: 'Not found', detail: 'No {{entity}} with id "{{id}}".' },
    already_exists: { title: 'Already exists', detail: 'A {{entity}} with {{field}} "{{value}}" already exists.' },
    idempotency_conflict: {
      title: 'External id already used for a different complaint',
      detail:
        'Complaint {{complaintId}} was recorded with external id "{{externalId}}" and different content; a resubmission must repeat the original.',
    },
    andon_already_open: {
      title: 'The cord is already pulled',
      detail: 'Andon {{andonId}} is already open for this target and problem; new complaints attach to it.',
    },
    target_retired: { title: 'Target retired', detail: 'Target {{ref}} is retired and is not coming back.' },
    illegal_transition: { title: 'Not possible in this state', detail: 'Andon {{andonId}} is {{state}}: "{{action}}" is not possible from there.' },
    relist_refused: { title: 'Not ready to relist', detail: 'Andon {{andonId}} cannot be relisted yet. Still missing: {{missingList}}.' },
    root_cause_rejected: {
      title: 'Root cause not accepted',
      detail: '{{count}} problem(s) with the five whys: at least {{minWhys}} whys, each with evidence, down to a process-level cause, with corrective and preventive actions.',
    },
    not_independent: { title: 'Not independent', detail: '{{field}} "{{value}}" is not independent of what is being checked.' },
    already_reviewed: { title: 'Already reviewed', detail: 'Andon {{andonId}} has already been reviewed ({{verdict}}).' },
    work_order_closed: { title: 'Work order closed', detail: 'Work order {{id}} is {{status}}: nothing more can be recorded on it.' },
    work_order_type_mismatch: { title: 'Wrong kind of work order', detail: 'Work order {{id}} is a {{type}} order, not {{expected}}.' },
    rule_not_met: {
      title: 'The rule is not met',
      detail:
        '{{distinctCustomers}} of {{threshold}} distinct customers within {{windowDays}} days. Anyone may still pull the cord: give a written reason.',
    },
    reason_too_short: { title: 'Reason too short', detail: 'A manual pull needs a written reason of at least {{min}} characters.' },
    payload_too_large: { title: 'Request body too large', detail: 'The body is larger than {{limit}} bytes.' },
    unsupported_media_type: {
      title: 'Unsupported media type',
      detail: 'Send the body as application/json (got "{{contentType}}").',
    },
    invalid_json: { title: 'The request is not valid', detail: 'The body is not valid JSON: {{reason}}' },
    route_not_found: { title: 'Not found', detail: 'No route {{method}} {{url}}.' },
    storage_unavailable: { title: 'Storage unavailable', detail: 'The database did not accept the write; nothing was saved. Try again.' },
    matching_unavailable: { title: 'Matching unavailable', detail: 'The embeddings service did not answer: {{reason}}' },
    internal_error: { title: 'Internal error', detail: 'Something went wrong on our side; the request id is {{requestId}}.' },
  },
  entities: {
    target: 'target',
    team: 'team',
    organisation: 'supplier or partner',
    'issue code': 'issue code',
    rule: 'rule',
    complaint: 'complaint',
    andon: 'andon',
    'work order': 'work order',
    'team member': 'team member',
    notification: 'notification',
  },
  fields: {
    unknown_reference: 'no such record: "{{value}}"',
    reason_required: 'a written reason is required to pull below the threshold',
    reason_too_short: 'at least {{min}} characters',
    occurred_in_future: 'cannot be in the future',
    target_required: 'give targetId, targetRef or complaintId',
    issue_code_required: 'give issueCode (or complaintId)',
    currency_mismatch: 'currency must match the target currency {{currency}}',
    duplicate: '"{{value}}" is already used',
    invalid_json: 'not valid JSON',
    too_few_whys: 'at least {{min}} whys (got {{count}})',
    required: 'required',
    not_process_level: 'the root cause must be at the process level',
    bare_human_error: 'a bare "human error" is not a root cause: ask why again, down to the process',
    corrective_action_required: 'give at least one corrective action',
    preventive_action_required: 'give at least one preventive action',
    due_in_past: 'must be in the future',
    not_independent: '"{{value}}" made or answers for the fix: the verifier must be someone else',
    self_review: '"{{value}}" pulled the cord or earns its reward: another manager must review it',
    reason_code_required: 'give a reason code for an invalid pull',
    defective_exceeds_inspected: 'cannot exceed the quantity inspected',
    release_with_defects: 'stock with defects cannot be released',
    disposition_mismatch: 'does not fit the scope (batch: return or scrap; units: rework and repack, scrap or release)',
    criterion_not_met: 'a pass needs every criterion met',
    fail_without_unmet_criterion: 'every criterion is met: record a pass',
    period_order: 'must be after from',
  },
  matching: {
    suggestion: 'Looks like the same problem as {{count}} earlier complaint(s) from {{customers}} other customer(s) (similarity {{similarity}}).',
  },
  workOrders: {
    supplier_inspection: {
      title: 'Supplier inspection: check all stock',
      instructions:
        'Call the supplier and open all stock for inspection. If the defect is batch-wide, return the whole batch; otherwise pick out the faulty units, fix them and repack.',
    },
    root_cause: {
      title: 'Root cause: five whys',
      instructions:
        'Sit down with everyone involved and ask why at least five times, until the cause is a process. Record each why with its evidence, then corrective and preventive actions with owners and dates.',
    },
    corrective_action: {
      title: 'Corrective action',
      instructions: 'Carry out the action agreed in the five whys by its due date, and record what was done, with evidence.',
    },
    acceptance: {
      title: 'Acceptance: check the rectification independently',
      instructions:
        'Someone who did not make the fix checks it against the stated criteria (for a product: inspect new stock) and records pass or fail, with evidence.',
    },
  },
  missing: {
    containment: 'containment (the supplier inspection)',
    root_cause: 'the root cause (five whys)',
    corrective_actions: 'the corrective actions',
    rectification: 'the rectification',
    acceptance: 'a passed independent acceptance',
  },
  escalation: {
    levels: { owner: 'owner', team_lead: 'team lead', manager: 'manager', director: 'director' },
  },
  notifications: {
    escalation: {
      ack: 'Not acknowledged in time: "{{title}}" (andon {{andonId}}). Escalated to you as {{level}}.',
      due: 'Overdue since {{dueAt}}: "{{title}}" (andon {{andonId}}). Escalated to you as {{level}}.',
      lamp: 'The lamp has been on since {{pulledAt}} (andon {{andonId}}). Escalated to you as {{level}}.',
    },
  },
  status: {
    on_sale: 'On sale',
    suppressed: 'Off sale (andon pulled)',
    retired: 'Retired',
  },
  cli: {
    served: 'Andon is serving on {{url}} (API docs: {{url}}/api/v1/docs; data: {{location}})',
    migrated: 'Database up to date ({{location}}); applied: {{applied}}',
    demoLoaded: 'Demo data loaded: {{targets}} targets, {{complaints}} complaints, {{andons}} andons.',
    complaintRecorded: 'Complaint {{id}} recorded: {{target}} · {{issue}}.',
    complaintReplayed: 'Already recorded as complaint {{id}} (same external id): nothing new was saved.',
    repeatLine: '{{count}} distinct customer(s) of {{threshold}} needed within {{days}} days.',
    ruleMet: 'The rule is met: same target, same problem, {{count}} different customers.',
    ruleNotCounting: 'This issue code never counts towards a pull (customer choice).',
    suggestPull: 'Pull the cord:  andon pull --complaint {{id}} --by <your id>',
    autoPulled: 'The system pulled the cord: andon {{andonId}}. {{target}} is off sale.',
    attached: 'Joined the open andon {{andonId}} ({{count}} complaints).',
    pulled: 'Cord pulled: andon {{andonId}}. {{target}} is OFF SALE.',
    workOrder: 'Work order {{type}} → team {{team}}, due {{due}}',
    rewardPending: 'Reward pending for {{agent}}: {{amount}} (granted after the manager\'s review).',
    statusLine: '{{ref}}: {{status}}',
    statusUnknown: '{{ref}}: no such target',
    demoAlready: 'Demo data is already loaded; nothing changed.',
    usage: 'Usage',
    reviewed: 'Andon {{andonId}} reviewed: {{verdict}}. Reward: {{reward}}.',
    relisted: 'Andon {{andonId}} closed: {{target}} is {{status}} (probation until {{until}}).',
    retired: 'Andon {{andonId}} closed: {{target}} is RETIRED.',
    missingLine: 'Still missing: {{missingList}}',
    escalated: 'Escalation: {{fired}} clock(s) fired.',
    recurrencePulled: 'The problem came back during probation: re-pulled as andon {{andonId}}. {{target}} is off sale.',
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof en>;
