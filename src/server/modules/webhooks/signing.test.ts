import { describe, expect, it } from 'vitest';
import { newWebhookSecret, signatureHeader, signOne, verifyWebhook } from './signing.ts';
import { retryDelayMs } from './dispatcher.ts';

// The Standard Webhooks specification's published example.
const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const id = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
const timestamp = 1614265330;
const body = '{"test": 2432232314}';

describe('Standard Webhooks signatures', () => {
  it('reproduce the specification’s example signature', () => {
    expect(signOne(secret, id, timestamp, body)).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('verify with the secret, within the tolerance, and not after a change to the body, id or time', () => {
    const signature = signOne(secret, id, timestamp, body);
    const headers = { id, timestamp: String(timestamp), signature };
    expect(verifyWebhook(secret, headers, body, timestamp + 10)).toBe(true);
    expect(verifyWebhook(secret, headers, '{"test": 2432232315}', timestamp)).toBe(false);
    expect(verifyWebhook(secret, { ...headers, id: 'msg_other' }, body, timestamp)).toBe(false);
    expect(verifyWebhook(secret, headers, body, timestamp + 301)).toBe(false);
    expect(verifyWebhook(newWebhookSecret(), headers, body, timestamp)).toBe(false);
  });

  it('carry one signature per live secret during a rotation, each verifiable on its own', () => {
    const next = newWebhookSecret();
    expect(next).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const header = signatureHeader([next, secret], id, timestamp, body);
    expect(header.split(' ')).toHaveLength(2);
    for (const s of [next, secret]) expect(verifyWebhook(s, { id, timestamp: String(timestamp), signature: header }, body, timestamp)).toBe(true);
  });
});

describe('retry schedule', () => {
  const schedule = [5, 300, 1800, 7200, 18000, 36000, 36000];
  it('spans more than 24 hours, with ±20 % jitter, then gives up', () => {
    expect(schedule.reduce((a, b) => a + b, 0)).toBeGreaterThan(24 * 3600);
    expect(retryDelayMs(schedule, 1, () => 0)).toBe(4000);
    expect(retryDelayMs(schedule, 1, () => 1)).toBe(6000);
    expect(retryDelayMs(schedule, 2, () => 0.5)).toBe(300_000);
    expect(retryDelayMs(schedule, 8)).toBeNull();
  });
});
