/** What can be stopped: a product/SKU, a partner (seller, repair shop), a business process, an internal support step. */
export const targetKinds = ['product', 'partner', 'process', 'support_step'] as const;
export type TargetKind = (typeof targetKinds)[number];

/** on_sale: can be bought; suppressed: off sale while an andon is open; retired: not coming back. */
export const targetStatuses = ['on_sale', 'suppressed', 'retired'] as const;
export type TargetStatus = (typeof targetStatuses)[number];

/** How a complaint reached the agent. */
export const channels = ['phone', 'chat', 'email', 'web_form', 'social', 'in_person', 'other'] as const;
export type Channel = (typeof channels)[number];

/** What the agent gave the customer to make it right. */
export const compensationKinds = ['none', 'coupon', 'refund', 'partial_refund', 'replacement', 'repair', 'other'] as const;
export type CompensationKind = (typeof compensationKinds)[number];
