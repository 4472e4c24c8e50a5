import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

describe('CSV for the dashboard’s tables', () => {
  it('quotes what needs quoting, keeps numbers as numbers, and defuses formulas', () => {
    const csv = toCsv(
      ['经理 / manager', 'rate'],
      [
        ['manager.lu', 0.25],
        ['Zhao, "the boss"', null],
        ['=HYPERLINK("x")', -3],
        ['line\nbreak', Number.NaN],
      ],
    );
    expect(csv).toBe(
      '经理 / manager,rate\r\nmanager.lu,0.25\r\n"Zhao, ""the boss""",\r\n"\'=HYPERLINK(""x"")",-3\r\n"line\nbreak",\r\n',
    );
  });
});
