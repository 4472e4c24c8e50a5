/** The used-car platform's repair shops (story 2): each with its complaints, and how its trial ended. */
export interface DemoShop {
  ref: string;
  zh: string;
  en: string;
  complaints: [customer: string, issue: string, text: string, daysAgo: number][];
  /** relisted: rectified and accepted; retired: could not rectify within the trial; none: never pulled. */
  outcome: 'relisted' | 'retired' | 'none';
}

export const repairShops: DemoShop[] = [
  {
    ref: 'SHOP-BJ-001',
    zh: '安心汽修（朝阳店）',
    en: 'Anxin Auto Repair (Chaoyang)',
    outcome: 'relisted',
    complaints: [
      ['U-3001', 'price_confusion', '保养报价和结账金额差了八百多，项目没有提前说明。', 55],
      ['U-3002', 'price_confusion', 'The final bill had three items nobody told me about.', 48],
    ],
  },
  {
    ref: 'SHOP-BJ-002',
    zh: '速通汽车服务（海淀店）',
    en: 'Sutong Car Service (Haidian)',
    outcome: 'retired',
    complaints: [
      ['U-3011', 'overselling', '只是换机油，被推销了全车镀晶和轮胎。', 52],
      ['U-3012', 'overselling', 'They kept pushing a 2,000-yuan package when I came for brakes.', 46],
      ['U-3013', 'overselling', '反复推销发动机清洗，说不做会出大问题。', 40],
    ],
  },
  {
    ref: 'SHOP-SH-003',
    zh: '诚信汽修（浦东店）',
    en: 'Chengxin Auto Repair (Pudong)',
    outcome: 'retired',
    complaints: [
      ['U-3021', 'faulty_parts', '刚换的刹车片一周就异响。', 50],
      ['U-3022', 'faulty_parts', 'New battery died after four days.', 44],
    ],
  },
  {
    ref: 'SHOP-SH-004',
    zh: '骏马汽车维修（徐汇店）',
    en: 'Junma Car Repair (Xuhui)',
    outcome: 'retired',
    complaints: [
      ['U-3031', 'poor_service', '前台态度很差，问两句就不耐烦。', 49],
      ['U-3032', 'poor_service', 'Staff were rude and refused to explain the repair.', 43],
    ],
  },
  {
    ref: 'SHOP-GZ-005',
    zh: '快修宝（天河店）',
    en: 'Kuaixiubao (Tianhe)',
    outcome: 'relisted',
    complaints: [
      ['U-3041', 'price_confusion', '工时费和配件费都没有明码标价。', 47],
      ['U-3042', 'price_confusion', 'No price list; the labour charge doubled at the till.', 41],
    ],
  },
  {
    ref: 'SHOP-GZ-006',
    zh: '顺达汽修（越秀店）',
    en: 'Shunda Auto Repair (Yuexiu)',
    outcome: 'retired',
    complaints: [
      ['U-3051', 'faulty_parts', '换的空调压缩机是翻新件。', 46],
      ['U-3052', 'faulty_parts', 'The "new" alternator was a refurbished one.', 39],
    ],
  },
  {
    ref: 'SHOP-SZ-007',
    zh: '车之家养护（南山店）',
    en: 'Chezhijia Care (Nanshan)',
    outcome: 'retired',
    complaints: [
      ['U-3061', 'overselling', '做个四轮定位被推销了一堆添加剂。', 45],
      ['U-3062', 'overselling', 'Upsold additives I did not need during an alignment.', 38],
    ],
  },
  {
    ref: 'SHOP-SZ-008',
    zh: '良工汽修（福田店）',
    en: 'Lianggong Auto Repair (Futian)',
    outcome: 'none',
    complaints: [['U-3071', 'poor_service', '等了三个小时没人理。', 10]],
  },
  {
    ref: 'SHOP-HZ-009',
    zh: '安途汽车服务（西湖店）',
    en: 'Antu Car Service (Xihu)',
    outcome: 'none',
    complaints: [
      ['U-3081', 'price_confusion', '报价不清楚。', 14],
      ['U-3081', 'price_confusion', '还是同一个问题，又来投诉一次：报价不清楚。', 4],
    ],
  },
  {
    ref: 'SHOP-HZ-010',
    zh: '明途汽修（滨江店）',
    en: 'Mingtu Auto Repair (Binjiang)',
    outcome: 'none',
    complaints: [
      ['U-3091', 'faulty_parts', '雨刮器用了两天就坏。', 21],
      ['U-3092', 'poor_service', 'Nobody called me back about the warranty.', 7],
    ],
  },
  {
    ref: 'SHOP-CD-011',
    zh: '蓉城汽修（锦江店）',
    en: 'Rongcheng Auto Repair (Jinjiang)',
    outcome: 'retired',
    complaints: [
      ['U-3101', 'price_confusion', '说好三百，结账变成九百。', 44],
      ['U-3102', 'price_confusion', 'Quoted 300, charged 900, no explanation.', 37],
    ],
  },
  {
    ref: 'SHOP-CD-012',
    zh: '天府车管家（武侯店）',
    en: 'Tianfu Car Butler (Wuhou)',
    outcome: 'retired',
    complaints: [
      ['U-3111', 'faulty_parts', '换的轮胎是三年前的老胎。', 43],
      ['U-3112', 'faulty_parts', 'The "new" tyres were three years old.', 36],
    ],
  },
  {
    ref: 'SHOP-WH-013',
    zh: '江城汽修（江汉店）',
    en: 'Jiangcheng Auto Repair (Jianghan)',
    outcome: 'retired',
    complaints: [
      ['U-3121', 'poor_service', '车修好了没人通知，多停了三天。', 42],
      ['U-3122', 'poor_service', 'Nobody told me the car was ready; three extra days parked.', 35],
    ],
  },
  {
    ref: 'SHOP-WH-014',
    zh: '楚天汽车服务（洪山店）',
    en: 'Chutian Car Service (Hongshan)',
    outcome: 'retired',
    complaints: [
      ['U-3131', 'overselling', '保养被加了很多不需要的项目。', 41],
      ['U-3132', 'overselling', 'Twelve add-ons on a basic service.', 34],
    ],
  },
];

/** The seed's lesson from the trial, as the repair shops' five whys found it: the admission standard was wrong. */
export const shopAdmissionWhys = [
  { why: 'Why were customers overcharged or upsold?', because: 'The shop quotes at the counter with no published price list', evidence: 'Mystery-shopper visits, invoices' },
  { why: 'Why is there no price list?', because: 'Nothing in our partner agreement asks for one', evidence: 'Partner agreement v1' },
  { why: 'Why does the agreement not ask?', because: 'Admission checks licences and capacity only', evidence: 'Admission checklist' },
  { why: 'Why only licences and capacity?', because: 'The checklist was written to grow the network fast', evidence: 'Launch plan' },
  { why: 'Why was growth the only aim?', because: 'No KPI measured the customer experience after a repair', evidence: 'Partner KPI sheet' },
];
export const shopAdmissionCause = 'The shop admission process checks licences and capacity, never price transparency or after-sales conduct';
