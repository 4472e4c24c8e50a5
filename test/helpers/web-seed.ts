import { apiCall } from './browser.ts';
import type { Server } from './process.ts';

export const SEED_BOOK_REF = 'BOOK-9787020002207';

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const cny = (yuan: number) => ({ amountMinor: yuan * 100, currency: 'CNY' });

/**
 * A small, fixed data set for the browser tests, made through the API (so it does not change when
 * the demo does): the book story with its pull, a safety pull, a repair shop, a manual stop, and a
 * target still on sale with one complaint.
 */
export async function seedBoard(server: Server): Promise<{ bookAndonId: string }> {
  const call = <T = any>(method: string, url: string, body?: unknown) =>
    apiCall<T>(server, method, url, body);
  await call('POST', '/issue-codes', {
    code: 'pages_not_cut',
    nameEn: 'Pages not cut',
    nameZh: '书页未裁开',
  });
  const target = (ref: string, kind: string, name: string, yuan: number) =>
    call('POST', '/targets', { ref, kind, name, monthlyGmv: cny(yuan) });
  const complain = (
    ref: string,
    customerRef: string,
    issueCode: string,
    text: string,
    h: number,
    by: string,
    extra: object = {},
  ) =>
    call<{ complaint: { id: string } }>('POST', '/complaints', {
      targetRef: ref,
      customerRef,
      issueCode,
      text,
      occurredAt: hoursAgo(h),
      recordedBy: by,
      ...extra,
    });

  await target(
    SEED_BOOK_REF,
    'product',
    '《石头记》精装典藏版 / The Story of the Stone, hardcover collector’s edition',
    1_250_000,
  );
  await complain(
    SEED_BOOK_REF,
    'C-10231',
    'pages_not_cut',
    '书页没有裁开，中间好几页连在一起，没法翻。',
    7 * 24,
    'zhang.wei',
    { orderRef: 'O-88120', lotRef: '2024-07' },
  );
  const second = await complain(
    SEED_BOOK_REF,
    'C-20987',
    'pages_not_cut',
    '我买的书书页没有裁开，整整一叠连在一起。The pages were never cut.',
    3,
    'xiao.lin',
    {
      orderRef: 'O-90344',
      lotRef: '2024-07',
    },
  );
  const book = await call<{ id: string }>('POST', '/andons', {
    complaintId: second.complaint.id,
    pulledBy: 'xiao.lin',
  });
  await complain(
    SEED_BOOK_REF,
    'C-31145',
    'pages_not_cut',
    'Same here: about forty pages stuck together at the top edge.',
    1,
    'xiao.lin',
    { lotRef: '2024-07' },
  );

  await target('KETTLE-1701', 'product', '电热水壶 1.7 升 / Electric kettle 1.7 L', 380_000);
  const kettle = await complain(
    'KETTLE-1701',
    'C-55120',
    'safety_hazard',
    '底座冒烟，有焦味。The base started smoking.',
    2,
    'chen.jing',
  );
  await call('POST', '/andons', { complaintId: kettle.complaint.id, pulledBy: 'chen.jing' });

  await target('SHOP-BJ-002', 'partner', '速通汽车服务（海淀店） / Sutong Car Service (Haidian)', 400_000);
  await complain(
    'SHOP-BJ-002',
    'U-3011',
    'poor_service',
    '只是换机油，被推销了全车镀晶和轮胎。',
    30,
    'chen.jing',
  );
  const shop = await complain(
    'SHOP-BJ-002',
    'U-3012',
    'poor_service',
    'They kept pushing a 2,000-yuan package when I came for brakes.',
    5,
    'chen.jing',
  );
  await call('POST', '/andons', { complaintId: shop.complaint.id, pulledBy: 'chen.jing' });

  await target('CASE-PX9', 'product', '手机壳 PX9 / Phone case PX9', 60_000);
  await complain('CASE-PX9', 'C-70001', 'defective', '外壳开裂，边角锋利，孩子划伤了手。', 6, 'wang.fang');
  await call('POST', '/andons', {
    targetRef: 'CASE-PX9',
    issueCode: 'defective',
    pulledBy: 'wang.fang',
    reason: '边角锋利会割伤人，先停线 / sharp edges cut a child',
  });

  await target('MUG-330', 'product', '陶瓷马克杯 330 毫升 / Ceramic mug 330 ml', 90_000);
  await complain('MUG-330', 'C-80001', 'damaged_in_transit', '杯把断了。', 10, 'xiao.lin');
  return { bookAndonId: book.id };
}
