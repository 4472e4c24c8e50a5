import { describe, expect, it } from 'vitest';
import { enumerateLoops } from './graph.ts';
import { flywheelLocales, labelFor } from './model.ts';
import { flywheelSchema } from './schema.ts';
import { loopGain } from './simulate.ts';
import { amazonFlywheel, blankFlywheel, flywheelTemplates, ringLayout } from './templates.ts';

describe('Amazon’s flywheel template', () => {
  const amazon = amazonFlywheel();
  it('has the seed’s six components around business growth, named in both languages', () => {
    expect(amazon.components.map((c) => [c.id, c.label.en, c.label['zh-CN']])).toEqual([
      ['customer_experience', 'Customer experience', '用户体验'],
      ['traffic', 'Traffic', '流量'],
      ['sellers', 'Sellers', '卖家'],
      ['lower_cost_structure', 'Lower cost structure', '低成本结构'],
      ['lower_prices', 'Lower prices', '更低的价格'],
      ['selection_convenience', 'Selection and convenience', '选品与便利性'],
    ]);
    expect(amazon.centre).toEqual({ en: 'Business growth', 'zh-CN': '业务增长' });
    for (const locale of flywheelLocales) expect(labelFor(amazon.name, locale)).not.toBe('');
  });
  it('links them as the seed tells it, all positive', () => {
    expect(amazon.links.map((l) => `${l.from} ${l.polarity}> ${l.to}`)).toEqual([
      'customer_experience +> traffic',
      'traffic +> sellers',
      'sellers +> selection_convenience',
      'selection_convenience +> customer_experience',
      'sellers +> lower_cost_structure',
      'lower_cost_structure +> lower_prices',
      'lower_prices +> customer_experience',
    ]);
  });
  it('closes into two reinforcing loops through customer experience', () => {
    const { loops } = enumerateLoops(amazon);
    expect(loops.map((l) => [l.componentIds.join(' → '), l.polarity])).toEqual([
      ['customer_experience → traffic → sellers → lower_cost_structure → lower_prices', 'reinforcing'],
      ['customer_experience → traffic → sellers → selection_convenience', 'reinforcing'],
    ]);
    expect(loopGain(amazon, loops[0]!)).toBeCloseTo(1.2 ** 5, 12);
  });
  it('is a valid flywheel, laid out on a ring', () => {
    expect(flywheelSchema.parse(amazon)).toEqual(amazon);
    expect(amazon.components[0]!.position).toEqual({ x: 0, y: -260 });
  });
});

describe('the blank template and the catalogue', () => {
  it('has only the centre', () => {
    const blank = blankFlywheel('mine');
    expect(blank).toMatchObject({ id: 'mine', components: [], links: [], centre: { 'zh-CN': '业务增长' } });
    expect(flywheelSchema.parse(blank)).toEqual(blank);
  });
  it('offers both templates, each building a fresh copy', () => {
    expect(Object.keys(flywheelTemplates)).toEqual(['amazon', 'blank']);
    const a = flywheelTemplates.amazon.build();
    a.components.pop();
    expect(flywheelTemplates.amazon.build().components).toHaveLength(6);
  });
  it('spaces a ring layout evenly, clockwise from the top', () => {
    expect(ringLayout(4, 100)).toEqual([
      { x: 0, y: -100 },
      { x: 100, y: 0 },
      { x: 0, y: 100 },
      { x: -100, y: 0 },
    ]);
  });
});
