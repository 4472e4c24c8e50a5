import { describe, expect, it } from 'vitest';
import { amazonFlywheel, blankFlywheel, ringLayout } from '#domain/flywheel/templates.ts';
import { buildCase } from '#domain/flywheel/factories.ts';
import {
  addComponent,
  addLink,
  checkLocally,
  idFor,
  linkRefusal,
  reconnectLink,
  removeComponent,
  renameComponent,
  setBinding,
  updateLink,
} from './studio-model.ts';

describe('editing a draft flywheel', () => {
  it('makes ids the API accepts, unique, from any name', () => {
    expect(idFor('Lower prices', [])).toBe('lower_prices');
    expect(idFor('Lower prices', ['lower_prices'])).toBe('lower_prices_2');
    expect(idFor('用户体验', [])).toBe('c_1');
    expect(idFor('流量', ['c_1'])).toBe('c_2');
    expect(idFor('  --Traffic!! ', [])).toBe('traffic');
  });

  it('lays new components out on the ring until someone moves one', () => {
    let draft = blankFlywheel();
    for (const name of ['Traffic', 'Sellers', 'Selection']) draft = addComponent(draft, name, 'en').draft;
    expect(draft.components.map((c) => c.position)).toEqual(ringLayout(3, 260));
    expect(draft.components[0]!.label).toEqual({ en: 'Traffic' });
    expect(draft.components[0]!.factorKeys).toEqual([]);
    draft = {
      ...draft,
      components: draft.components.map((c, i) => (i === 0 ? { ...c, position: { x: 5, y: 5 } } : c)),
    };
    const { draft: four, id } = addComponent(draft, '用户体验', 'zh-CN');
    expect(four.components[0]!.position).toEqual({ x: 5, y: 5 });
    expect(four.components.find((c) => c.id === id)).toMatchObject({
      label: { 'zh-CN': '用户体验' },
      factorKeys: ['用户体验'],
    });
  });

  it('adds, changes, reconnects and removes links, refusing doubles and self-links', () => {
    let draft = amazonFlywheel();
    expect(linkRefusal(draft, 'traffic', 'traffic')).toBe('self');
    expect(linkRefusal(draft, 'traffic', 'sellers')).toBe('duplicate');
    expect(linkRefusal(draft, 'traffic', 'ghost')).toBe('missing');
    expect(addLink(draft, { from: 'traffic', to: 'sellers' })).toBe(draft);
    draft = addLink(draft, { from: 'traffic', to: 'lower_prices' });
    expect(draft.links.at(-1)).toMatchObject({ polarity: '+', strength: 0.6, delay: null });
    draft = updateLink(draft, 'traffic', 'lower_prices', { polarity: '-', delay: 2 });
    expect(draft.links.at(-1)).toMatchObject({ polarity: '-', delay: 2 });
    draft = reconnectLink(
      draft,
      { from: 'traffic', to: 'lower_prices' },
      { from: 'traffic', to: 'lower_cost_structure' },
    );
    expect(draft.links.at(-1)).toMatchObject({ from: 'traffic', to: 'lower_cost_structure', polarity: '-' });
    expect(
      reconnectLink(
        draft,
        { from: 'traffic', to: 'lower_cost_structure' },
        { from: 'traffic', to: 'sellers' },
      ),
    ).toBe(draft);
    draft = setBinding(draft, 'traffic', { metric: 'complaint_rate', targetKind: 'product', invert: true });
    draft = removeComponent(draft, 'traffic');
    expect(draft.links.some((l) => l.from === 'traffic' || l.to === 'traffic')).toBe(false);
    expect(draft.bindings).toEqual([]);
    expect(
      renameComponent(draft, 'sellers', '卖家们', 'zh-CN').components.find((c) => c.id === 'sellers')!.label,
    ).toEqual({
      en: 'Sellers',
      'zh-CN': '卖家们',
    });
  });

  it('checks locally in the words the server uses', () => {
    let draft = blankFlywheel();
    for (const name of ['a', 'b', 'c']) draft = addComponent(draft, name, 'en').draft;
    draft = addLink(addLink(addLink(draft, { from: 'a', to: 'b' }), { from: 'b', to: 'c' }), {
      from: 'c',
      to: 'a',
    });
    const cases = [
      buildCase('s1', 'success', { a: 'up', b: 'up' }),
      buildCase('f1', 'failure', { a: 'down' }),
    ];
    const check = checkLocally(draft, cases, 'en');
    expect(check.closed).toBe(true);
    expect(check.polarity).toBe('reinforcing');
    expect(check.messages.map((m) => m.code)).toEqual(
      expect.arrayContaining(['main_loop_reinforcing', 'link_unsupported', 'component_without_evidence']),
    );
    expect(check.messages.find((m) => m.code === 'link_unsupported')!.message).toBe(
      'No case supports the link b → c (+).',
    );
    const zh = checkLocally(updateLink(draft, 'c', 'a', { polarity: '-' }), cases, 'zh-CN');
    expect(zh.polarity).toBe('balancing');
    expect(zh.messages[0]!.message).toContain('调节回路');
  });
});
