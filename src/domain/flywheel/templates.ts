import type { CausalLink, Flywheel, FlywheelComponent, LocalText, Position } from './model.ts';

/** Positions on a circle around the centre (0, 0), the first at the top, going clockwise. */
export function ringLayout(count: number, radius = 260): Position[] {
  return Array.from({ length: count }, (_, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, count);
    // `+ 0` turns a rounded −0 into 0.
    return { x: Math.round(radius * Math.sin(angle)) + 0, y: Math.round(-radius * Math.cos(angle)) + 0 };
  });
}

const growth: LocalText = { en: 'Business growth', 'zh-CN': '业务增长' };

function component(
  id: string,
  label: LocalText,
  factorKeys: string[],
  position: Position,
): FlywheelComponent {
  return { id, label, factorKeys, decay: 0.5, capacity: 100, initial: 1, position };
}

function link(from: string, to: string, note: LocalText | null = null): CausalLink {
  return { from, to, polarity: '+', strength: 0.6, delay: null, note };
}

/**
 * Amazon's flywheel as the seed tells it: customer experience → traffic → sellers → selection and
 * convenience → customer experience; sellers → (fuller warehouses) lower cost structure → lower
 * prices → customer experience. Six components, all links positive, around business growth.
 */
export function amazonFlywheel(id = 'amazon'): Flywheel {
  const [top, upperRight, lowerRight, bottom, lowerLeft, upperLeft] = ringLayout(6) as [
    Position,
    Position,
    Position,
    Position,
    Position,
    Position,
  ];
  return {
    id,
    name: { en: "Amazon's flywheel", 'zh-CN': '亚马逊增长飞轮' },
    centre: growth,
    components: [
      component(
        'customer_experience',
        { en: 'Customer experience', 'zh-CN': '用户体验' },
        ['customer_experience'],
        top,
      ),
      component('traffic', { en: 'Traffic', 'zh-CN': '流量' }, ['traffic'], upperRight),
      component('sellers', { en: 'Sellers', 'zh-CN': '卖家' }, ['sellers'], lowerRight),
      component(
        'lower_cost_structure',
        { en: 'Lower cost structure', 'zh-CN': '低成本结构' },
        ['lower_cost_structure'],
        bottom,
      ),
      component('lower_prices', { en: 'Lower prices', 'zh-CN': '更低的价格' }, ['lower_prices'], lowerLeft),
      component(
        'selection_convenience',
        { en: 'Selection and convenience', 'zh-CN': '选品与便利性' },
        ['selection', 'convenience'],
        upperLeft,
      ),
    ],
    links: [
      link('customer_experience', 'traffic', {
        en: 'a better experience brings traffic',
        'zh-CN': '体验越好，流量越多',
      }),
      link('traffic', 'sellers', { en: 'traffic draws sellers', 'zh-CN': '流量增加，卖家增多' }),
      link('sellers', 'selection_convenience', {
        en: 'more sellers: more selection, one-stop shopping',
        'zh-CN': '卖家增多，商品更丰富，一站式购物',
      }),
      link('selection_convenience', 'customer_experience'),
      link('sellers', 'lower_cost_structure', {
        en: 'fuller warehouses run at capacity',
        'zh-CN': '每开一个仓库都能满负荷运转',
      }),
      link('lower_cost_structure', 'lower_prices'),
      link('lower_prices', 'customer_experience'),
    ],
    bindings: [],
  };
}

/** A blank flywheel: only the centre, business growth. */
export function blankFlywheel(id = 'blank'): Flywheel {
  return {
    id,
    name: { en: 'My growth flywheel', 'zh-CN': '我的增长飞轮' },
    centre: growth,
    components: [],
    links: [],
    bindings: [],
  };
}

/** The templates the studio offers, by key. */
export const flywheelTemplates = {
  amazon: { name: { en: "Amazon's flywheel", 'zh-CN': '亚马逊增长飞轮' }, build: amazonFlywheel },
  blank: { name: { en: 'Blank', 'zh-CN': '空白' }, build: blankFlywheel },
} as const satisfies Record<string, { name: LocalText; build: (id?: string) => Flywheel }>;
export type FlywheelTemplateKey = keyof typeof flywheelTemplates;
