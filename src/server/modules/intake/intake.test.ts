import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/helpers/app.ts';
import { testDialects } from '#test/helpers/db.ts';
import { makeTarget, unique } from '#test/helpers/factories.ts';
import { applyMapping, readPath, zendeskMapping } from './intake.mapping.ts';

/** A Zendesk-style ticket webhook body (the README shows the template that produces it). */
function zendeskTicket(id: number | string, targetRef: string, requester: string, overrides: Record<string, unknown> = {}) {
  return {
    ticket: {
      id,
      subject: 'Pages not cut',
      description: '书页没有裁开，好几页连在一起',
      requester: { id: requester, email: `${requester}@example.com` },
      via: { channel: 'voice' },
      custom_fields: [
        { id: 'target_ref', value: targetRef },
        { id: 'issue_code', value: 'defective' },
        { id: 'order_ref', value: null },
      ],
      created_at: new Date(Date.now() - 60_000).toISOString(),
      ...overrides,
    },
  };
}

describe('intake field mapping', () => {
  it('reads dot paths, array items and items selected by a key', () => {
    const doc = { a: { b: [{ id: 'x', v: 1 }, { id: 'y', v: 2 }] } };
    expect(readPath(doc, 'a.b[1].v')).toBe(2);
    expect(readPath(doc, 'a.b[id=x].v')).toBe(1);
    expect(readPath(doc, 'a.c.d')).toBeUndefined();
    const { values, sources } = applyMapping(zendeskMapping, zendeskTicket(42, 'BOOK-1', 'C-9'));
    expect(values).toMatchObject({ externalId: 'zendesk:42', targetRef: 'BOOK-1', customerRef: 'C-9', issueCode: 'defective', channel: 'phone' });
    expect(values.orderRef).toBeUndefined();
    expect(sources.targetRef).toBe('ticket.custom_fields[id=target_ref].value');
  });
});

describe.each(testDialects())('helpdesk intake on %s', (dialect) => {
  let t: TestApp;
  let helpdesk: Awaited<ReturnType<TestApp['withToken']>>;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    helpdesk = await t.withToken(['complaints:write'], 'zendesk');
  });
  afterAll(() => t.close());

  it('turns a Zendesk-style ticket into a complaint, once per ticket id', async () => {
    const target = await makeTarget(t);
    const id = unique('t');
    const first = await helpdesk.call('POST', '/api/v1/intake/zendesk', zendeskTicket(id, target.ref, 'C-1'));
    expect(first.status).toBe(201);
    expect(first.body.complaint).toMatchObject({ externalId: `zendesk:${id}`, targetId: target.id, issueCode: 'defective', channel: 'phone', text: '书页没有裁开，好几页连在一起' });
    expect(first.body.replayed).toBe(false);
    // The helpdesk resends the ticket, then sends it again after an edit: still the one complaint.
    const again = await helpdesk.call('POST', '/api/v1/intake/zendesk', zendeskTicket(id, target.ref, 'C-1'));
    const edited = await helpdesk.call('POST', '/api/v1/intake/zendesk', zendeskTicket(id, target.ref, 'C-1', { description: 'edited' }));
    for (const r of [again, edited]) {
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ replayed: true, complaint: { id: first.body.complaint.id } });
    }
    // A second customer, same problem: the rule is met.
    const second = await helpdesk.call('POST', '/api/v1/intake/zendesk', zendeskTicket(unique('t'), target.ref, 'C-2'));
    expect(second.body.action).toBe('suggest_pull');
  });

  it('uses a stored mapping (JSON paths, constants, value maps) and names the ticket path of a bad field', async () => {
    const target = await makeTarget(t);
    const put = await t.call('PUT', '/api/v1/intake/mappings/freshdesk', {
      name: 'Freshdesk',
      fields: {
        externalId: { paths: ['freshdesk_webhook.ticket_id'], prefix: 'fd:' },
        targetRef: { paths: ['freshdesk_webhook.ticket_cf_sku'] },
        customerRef: { paths: ['freshdesk_webhook.ticket_contact_email'] },
        issueCode: { paths: ['freshdesk_webhook.ticket_cf_problem'], map: { broken: 'defective' } },
        text: { paths: ['freshdesk_webhook.ticket_description'] },
        channel: { value: 'email' },
      },
    });
    expect(put.status).toBe(200);
    const body = (over: Record<string, unknown> = {}) => ({ freshdesk_webhook: { ticket_id: unique('fd'), ticket_cf_sku: target.ref, ticket_contact_email: 'a@example.com', ticket_cf_problem: 'broken', ticket_description: 'Cracked', ...over } });
    const ok = await helpdesk.call('POST', '/api/v1/intake/freshdesk', body());
    expect(ok.status).toBe(201);
    expect(ok.body.complaint).toMatchObject({ issueCode: 'defective', channel: 'email' });
    const bad = await helpdesk.call('POST', '/api/v1/intake/freshdesk', body({ ticket_cf_sku: undefined }));
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.errors)).toContain('freshdesk_webhook.ticket_cf_sku');
    const noId = await helpdesk.call('POST', '/api/v1/intake/freshdesk', body({ ticket_id: null }));
    expect(noId.status).toBe(400);
    expect(noId.body.errors[0].path).toBe('/externalId');
    const unknownTarget = await helpdesk.call('POST', '/api/v1/intake/freshdesk', body({ ticket_cf_sku: 'NO-SUCH' }));
    expect(unknownTarget.status).toBe(422);
    const listed = (await t.call('GET', '/api/v1/intake/mappings')).body.items.map((m: { key: string; preset: boolean }) => `${m.key}:${m.preset}`);
    expect(listed).toEqual(expect.arrayContaining(['freshdesk:false', 'zendesk:true']));
  });

  it('needs a credential with complaints:write; an unknown mapping is a 404', async () => {
    const target = await makeTarget(t);
    expect((await t.anonymous.call('POST', '/api/v1/intake/zendesk', zendeskTicket(1, target.ref, 'C'))).status).toBe(401);
    const reader = await t.withToken(['complaints:read']);
    expect((await reader.call('POST', '/api/v1/intake/zendesk', zendeskTicket(1, target.ref, 'C'))).status).toBe(403);
    expect((await helpdesk.call('POST', '/api/v1/intake/nosuch', zendeskTicket(1, target.ref, 'C'))).status).toBe(404);
    expect((await helpdesk.call('PUT', '/api/v1/intake/mappings/x', { name: 'x', fields: {} })).status).toBe(403);
  });
});
