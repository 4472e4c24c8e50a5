import type { TermEntry } from './term-table.ts';

// The built-in bilingual table: words customers use for the same thing, in Chinese and English,
// across the trades complaints come from (shops, delivery, banks and lenders, telecoms, travel,
// food delivery, after-sales, utilities, car repair, insurance, education …).
//
// How it is read (see tokenise.ts): English terms are stemmed with the tokeniser's rules, stopwords
// dropped ("on hold" is just "hold"), and matched as runs of stems; Chinese terms are matched as
// substrings of Han runs, longest first, left to right. So:
// - no single common Han character and no lone common English word that means many things
//   ("used", "fire", "sign in" → "sign"): they join complaints that share nothing;
// - problems are kept apart from the things they happen to ("鼓包" battery swelling, "电池" the
//   battery): a complaint gets both, and drain, swelling and charging stay different problems;
// - Chinese terms are pure Han (the scanner splits "4S店" before the table sees it).
// - no concepts for who a complaint is against (商家, 厂家, an airline's flights, a hotel) or for
//   words any complaint uses (申请, 信息, 电话, 投诉, 等待, 多次): one entity's complaints all share
//   them, so they only make different problems look alike;
// `broader` below lets a specific problem also count as its general one (续航崩 → battery too).
// Kept to true synonyms and translations; a deployment adds its own with extendTermTable.
const table: Record<string, string> = {
  // ── Books and print ──────────────────────────────────────────────────────────────────────────
  page: 'page | pages | sheet of the book | 书页 | 内页 | 纸页 | 页码',
  pages_uncut:
    'not cut | uncut | untrimmed | not trimmed | pages stuck together | 未裁开 | 没裁开 | 没有裁开 | 未裁切 | 没裁切 | 没切开 | 未切开 | 没有切开 | 毛边 | 书页粘连',
  book: 'book | books | paperback | hardcover | 图书 | 书籍 | 本书 | 这本书 | 精装 | 平装 | 书本',
  missing_pages:
    'missing pages | pages missing | blank pages | blank page | 缺页 | 少页 | 漏页 | 空白页 | 白页 | 掉页 | 脱页',
  print_defect:
    'misprint | misprinted | printing error | print quality | smudged ink | ink smudge | 印刷 | 印刷错误 | 印刷模糊 | 印刷不清 | 印刷质量 | 错印 | 漏印 | 掉墨 | 重影 | 字迹模糊 | 盗版',
  blurry: 'blurry | blurred | smudged | faded | fuzzy | out of focus | 模糊 | 看不清 | 不清晰 | 糊成',

  // ── Goods: wrong, missing, damaged, defective ────────────────────────────────────────────────
  wrong:
    'wrong | incorrect | inaccurate | mistaken | erroneous | error | errors | 错误 | 有误 | 不正确 | 出错 | 搞错 | 弄错',
  wrong_item:
    'wrong item | wrong product | wrong order | wrong size sent | different item | not what i ordered | sent the wrong | received the wrong | 发错 | 发错货 | 错发 | 发错了 | 寄错 | 送错 | 送错餐 | 拿错 | 给错 | 货不对 | 不是我买的 | 不是我点的 | 不是我要的 | 型号不对 | 款式不对 | 规格不对 | 颜色不对 | 尺码不对 | 发成了 | order wrong | order was wrong | wrong meal | wrong dish',
  missing_item:
    'missing | missing item | missing items | missing parts | missing pieces | incomplete order | short shipped | 缺少 | 少发 | 漏发 | 少了 | 缺件 | 少件 | 缺了 | 不全 | 少送 | 漏送 | 漏餐 | 少给 | 没送 | 没有送 | 不送 | 少一个 | 少一件 | 少一份 | 配件不全',
  damaged:
    'damaged | damage | broken | cracked | shattered | smashed | crushed | dented | torn | 破损 | 损坏 | 坏了 | 碎了 | 摔坏 | 压坏 | 破了 | 裂开 | 裂了 | 碎裂 | 摔碎 | 压扁 | 压碎 | 变形 | 凹陷 | 磕坏 | 开裂 | 断裂 | 折断 | 撕破 | 破洞 | 裂缝 | 裂痕 | 碎屏 | 屏碎',
  scratched:
    'scratch | scratched | scratches | scuffed | scuff marks | chipped | 划痕 | 划伤 | 刮花 | 刮痕 | 磕痕 | 磕碰 | 掉漆 | 磨损 | 使用痕迹 | 有痕迹 | 划花',
  defect:
    'defect | defective | faulty | flaw | flawed | manufacturing defect | poor quality | low quality | shoddy | cheaply made | 缺陷 | 瑕疵 | 质量问题 | 次品 | 残次品 | 劣质 | 质量差 | 质量太差 | 质量很差 | 做工粗糙 | 做工差 | 做工 | 粗制滥造 | 三无产品 | 质量不行 | 不合格 | 品控',
  malfunction:
    'not working | does not work | doesnt work | stopped working | stops working | quit working | will not work | dead on arrival | doa | malfunction | malfunctioning | malfunctioned | broke down | not functioning | 不能用 | 用不了 | 不工作 | 失灵 | 无法使用 | 坏掉 | 故障 | 出故障 | 不好使 | 不管用 | 罢工 | 没法用 | 不能使用 | 无法正常使用 | 用不成 | 不能正常使用 | 报废 | 没反应',
  no_power:
    'not turn | not power | no power | will not boot | dead | bricked | 开不了机 | 开不开机 | 无法开机 | 不开机 | 开机没反应 | 不能开机 | 变砖 | 按了没反应',
  fake: 'fake | counterfeit | knockoff | knock off | replica | not genuine | not authentic | imitation | 假货 | 假冒 | 仿冒 | 山寨 | 不是正品 | 仿品 | 高仿 | 冒牌 | 假的 | 非正品 | 假冒伪劣 | 以假充真 | 鉴定 | 假冒产品 | 假货横行 | 调包 | 掉包 | 被调包 | switched item | swapped item',
  used_as_new:
    'second hand | secondhand | refurbished | pre owned | preowned | open box | previously opened | already opened | already activated | 二手 | 翻新 | 旧的 | 翻新机 | 被拆封 | 拆封过 | 已拆封 | 被使用过 | 用过的 | 已激活 | 激活过 | 旧货 | 被人用过 | lightly used | someone else used | 有人用过 | 别人用过的',
  expired:
    'expired | past its date | past the expiration | expiration date | 过期 | 过保质期 | 临期 | 保质期 | 生产日期 | 快过期 | 过期食品',
  not_as_described:
    'not as described | not as pictured | not as shown | does not match the description | different from the picture | different from the photo | looks nothing like | 与描述不符 | 描述不符 | 货不对板 | 货不对版 | 图文不符 | 实物不符 | 与图片不符 | 和图片不符 | 和图片不一样 | 和图片差别 | 跟图片不一样 | 卖家秀 | 买家秀 | 与实物不符 | 和描述不一样',
  false_ad:
    'false advertising | misleading | misled | mislead | deceptive | deceived | deception | bait and switch | not as advertised | misrepresented | misrepresentation | advertised | advertisement | 虚假宣传 | 夸大宣传 | 虚假广告 | 宣传 | 与宣传不符 | 宣传不符 | 误导 | 误导消费者 | 忽悠 | 欺骗消费者 | 诱导 | 套路 | 挂羊头卖狗肉 | 名不副实 | 言过其实 | clickbait | 标题党 | 噱头 | 文不对题',
  size: 'size | sizing | runs small | runs large | 尺寸 | 尺码 | 大小 | 偏大 | 偏小 | 码数',
  color: 'color | colour | discolored | discoloured | 颜色 | 色差 | 掉色 | 褪色 | 染色 | 串色',
  stain: 'stain | stained | stains | 污渍 | 污迹 | 污点 | 弄脏 | 脏污 | 油渍 | 黄渍 | 霉点 | 印子',
  smell:
    'smell | smells | odor | odour | stink | stinks | stench | chemical smell | 异味 | 臭味 | 气味 | 味道大 | 味道很大 | 有味道 | 怪味 | 刺鼻 | 甲醛 | 胶味 | 塑料味 | 霉味 | 烟味 | 臭烘烘 | 一股味',
  leak: 'leak | leaks | leaking | leaked | leakage | seeping | 漏水 | 漏液 | 渗漏 | 渗水 | 漏油 | 漏气 | 滴水 | 往外漏',
  quality: 'quality | 质量 | 品质',
  packaging:
    'packing | box | wrapping | bubble wrap | 包装 | 外包装 | 盒子 | 箱子 | 纸箱 | 包装盒 | 包装袋 | 餐盒 | 打包盒 | 袋子 | 封口',
  packaging_poor:
    'poorly packed | poor packaging | bad packaging | inadequate packaging | not packed properly | no padding | 包装差 | 包装太差 | 包装简陋 | 包装很差 | 没有包装 | 裸发 | 包装不严 | 盖子没盖 | 没封好 | 封口不严 | 没封口 | 包装不好',
  parcel: 'package | parcel | parcels | packages | 包裹 | 快递包裹 | 快件',
  new: 'brand new | 全新 | 新买的 | 刚买的 | 刚买',
  cheap: 'cheap | 便宜',
  expensive: 'expensive | overpriced | 太贵 | 很贵 | 好贵 | 价格高 | 贵了 | 不值',

  // ── Orders, stock and prices ─────────────────────────────────────────────────────────────────
  order: 'order | orders | ordered | 订单 | 下单 | 单号 | 订单号 | 下了单',
  out_of_stock:
    'out of stock | backordered | back order | backorder | oversold | 缺货 | 断货 | 无货 | 没货 | 砍单 | 被砍单 | 超卖 | 库存不足 | 没有库存',
  seller_cancelled:
    'cancelled my order | canceled my order | order was cancelled | order was canceled | order cancelled | order canceled | 商家取消订单 | 取消了订单 | 单方面取消 | 订单被取消 | 被取消订单 | 擅自取消 | 拒单 | 商家拒单 | 被拒单',
  price: 'price | pricing | prices | 价格 | 价钱 | 标价 | 售价 | 原价 | 价位',
  price_increase:
    'price increase | price increased | raised the price | raised my rate | price hike | rate increase | increased my rate | 涨价 | 提价 | 调价 | 价格上涨 | 补差价 | 加价 | 改价 | 临时加价 | 坐地起价 | 乱涨价 | 涨了 | price gouging | gouging | jacked up | 价格翻倍 | 趁机涨价',
  price_drop:
    'price drop | price dropped | price adjustment | price match | price protection | 降价 | 保价 | 价保 | 买贵了 | 退差价 | 刚买就降价',
  price_error:
    'pricing error | price error | wrong price | mispriced | price mistake | 标错价 | 价格标错 | 标价错误 | 价格错误 | 错价 | 标错了',
  coupon:
    'coupon | coupons | voucher | vouchers | promo code | discount code | discount | promotion | promo | 优惠券 | 代金券 | 红包 | 满减 | 优惠码 | 折扣 | 优惠 | 打折 | 活动价 | 促销',
  coupon_unusable:
    'coupon not applied | discount not applied | promo code not working | coupon did not work | discount was not applied | promotion not honored | 优惠券用不了 | 券用不了 | 不能用券 | 优惠不生效 | 优惠没有 | 没有优惠 | 用不了券 | 优惠没用上 | 不兑现 | 活动不兑现',
  cashback:
    'cashback | cash back | rebate | rebates | reward points | rewards | 返现 | 返利 | 积分 | 返券 | 返现没到 | 积分清零',
  free_gift: 'free gift | gift | freebie | bonus item | 赠品 | 礼品 | 赠送',
  invoice: 'invoice | receipt | receipts | 发票 | 收据 | 开发票 | 开票 | 小票 | 电子发票 | 凭证',
  invoice_refused:
    'refused to give a receipt | no receipt | no invoice | 不开发票 | 不给发票 | 拒开发票 | 发票开不了 | 不给开发票 | 不给收据',
  bundling:
    'bundled | bundle | forced to buy | mandatory add on | add ons | dealer add ons | tied sale | 捆绑 | 捆绑销售 | 强制捆绑 | 搭售 | 强制搭售 | 强制购买 | 强买强卖 | 强制消费 | 必须购买',

  // ── Delivery and couriers ────────────────────────────────────────────────────────────────────
  delivery:
    'delivery | deliver | delivered | shipping | shipment | shipped | ship | courier | 快递 | 物流 | 配送 | 送货 | 发货 | 运输 | 派送 | 派件 | 送餐 | 外卖配送',
  late: 'late | delayed | delay | delays | overdue | behind schedule | 迟到 | 晚到 | 延迟 | 迟了 | 晚了 | 推迟 | 迟迟 | 太慢 | 很慢 | 好慢 | 特别慢 | 慢死了 | 慢得要命 | too slow | so slow | extremely slow | 晚点 | 才到 | 才送到 | 晚点了',
  delivery_late:
    'late delivery | delivered late | arrived late | slow delivery | slow shipping | took weeks | took forever | taking too long | 超时 | 配送超时 | 送达超时 | 迟迟不到 | 还没到 | 还没送到 | 没送到 | 一直没到 | 物流慢 | 快递慢 | 送得慢 | 送货慢 | 配送慢 | 龟速 | 等了好久 | 等了半天 | 等了很久 | 还没来 | took hours | took an hour | took over an hour | 出餐慢 | 出餐太慢 | 配送太慢 | 送得太慢 | 送货太慢 | 快递太慢 | 物流太慢 | 发货太慢',
  not_shipped:
    'not shipped | never shipped | has not shipped | still not shipped | not been shipped | never sent | 不发货 | 未发货 | 没发货 | 还没发货 | 迟迟不发货 | 一直不发货 | 延迟发货 | 拖延发货 | 发货慢 | 不给发货 | 就不发货 | 停发 | 预售 | 预售期',
  not_received:
    'not received | never received | never arrived | did not arrive | didnt arrive | not delivered | never delivered | did not receive | have not received | 没收到 | 未收到 | 没有收到 | 收不到 | 没拿到 | 没有拿到 | 根本没收到 | 压根没收到 | 一直没收到 | 没见到 | 没看到货 | never came | food never came | order never came',
  marked_delivered:
    'marked as delivered | marked delivered | shows delivered | says delivered | status says delivered | delivered but not received | claimed it was delivered | 显示已签收 | 显示签收 | 已签收 | 被签收 | 代签收 | 别人签收 | 虚假签收 | 显示已送达 | 显示送达 | 已送达 | 提前点送达 | 提前点了送达 | 没收到却显示 | 签收了',
  lost: 'lost | 丢失 | 丢了 | 遗失 | 弄丢 | 丢掉',
  lost_parcel:
    'lost package | lost parcel | package lost | parcel lost | lost in transit | package went missing | parcel went missing | lost my package | lost the package | 丢件 | 件丢了 | 快递丢了 | 包裹丢了 | 找不到包裹 | 快递找不到 | 包裹不见了 | 快递不见了',
  tracking_stuck:
    'tracking not updated | tracking has not updated | tracking not updating | no tracking | tracking number | stuck in transit | no movement | tracking information | tracking info | 物流不更新 | 物流没更新 | 物流停滞 | 物流一直没动 | 物流没动 | 物流信息 | 中转 | 滞留 | 单号查不到 | 查不到物流 | 物流停了 | 物流显示 | 信息不更新',
  courier_person:
    'driver | delivery man | deliveryman | delivery guy | delivery driver | delivery person | rider | dasher | mailman | postman | 快递员 | 骑手 | 送货员 | 送餐员 | 配送员 | 外卖小哥 | 快递小哥 | 外卖员 | 派件员 | 小哥',
  not_to_door:
    'left at the door | left outside | left on the porch | left at the gate | left in the lobby | did not knock | did not ring | no delivery attempt | never attempted delivery | failed delivery attempt | thrown over the fence | 不送货上门 | 不送上门 | 没送上门 | 不上楼 | 不送上楼 | 送上楼 | 放门口 | 扔在门口 | 扔门口 | 丢在门口 | 放在门口 | 放快递柜 | 放驿站 | 放代收点 | 让我自己取 | 让我下楼取 | 自己去取 | 直接放 | 乱放 | 乱扔 | 暴力分拣 | 扔下就走',
  wrong_address:
    'wrong address | delivered to the wrong address | wrong house | misdelivered | delivered to someone else | 送错地址 | 地址错了 | 地址不对 | 送到别人家 | 送错小区 | 送错楼 | 改不了地址 | 填错地址 | 送错地方',
  address: 'address | addresses | 地址 | 收货地址 | 住址',
  pickup_point:
    'parcel locker | pickup point | pick up point | locker | 快递柜 | 驿站 | 菜鸟驿站 | 代收点 | 丰巢 | 自提点 | 取件码',
  shipping_fee:
    'shipping fee | shipping cost | shipping charge | delivery fee | delivery charge | postage | return shipping | 运费 | 邮费 | 配送费 | 快递费 | 运费险 | 包邮 | 不包邮 | 来回运费 | 退货运费',

  // ── Returns, refunds, exchanges, warranty ────────────────────────────────────────────────────
  return:
    'return | returned | returns | send back | sent back | ship back | 退货 | 退回 | 寄回 | 退回去 | 寄回去 | 七天无理由 | 无理由退货 | 退换 | 退换货',
  return_refused:
    'refused the return | refused my return | return denied | return rejected | will not accept the return | would not accept the return | no returns | non returnable | nonreturnable | return window | 拒绝退货 | 不给退 | 不让退 | 不能退 | 不予退货 | 退货被拒 | 拒收退货 | 不同意退货 | 不退不换 | 概不退换 | 影响二次销售 | 二次销售 | 不支持退货 | 退不了',
  refund:
    'refund | refunds | refunded | refunding | reimburse | reimbursed | reimbursement | money back | my money back | 退款 | 退钱 | 返款 | 退费 | 退还 | 返还 | 退回款项 | 全额退款 | 把钱退 | 仅退款 | 退货退款',
  refund_delayed:
    'refund not received | not received my refund | refund pending | refund is pending | refund never came | refund never arrived | wait refund | waiting for refund | waiting for my refund | refund has not been processed | refund delay | refund delayed | 退款没到账 | 退款未到账 | 钱没退 | 钱还没退 | 一直没退 | 还没退 | 迟迟不退 | 迟迟没退 | 退款一直 | 退款审核中 | 审核中 | 退款中 | 退款处理中 | 退款慢 | 退款很慢 | 退款还没 | 退款迟迟 | 没退回来 | 没有退回 | 还没退回 | 钱没退回来 | 一直没有退 | not received refund',
  refund_refused:
    'refused to refund | refused a refund | refused my refund | denied my refund | refund denied | refund rejected | refund was denied | will not refund | would not refund | no refund | non refundable | nonrefundable | not refundable | 拒绝退款 | 不给退款 | 不退款 | 不予退款 | 退款被拒 | 不能退款 | 不肯退 | 不退钱 | 拒不退款 | 不给退钱 | 退款被驳回 | 不退 | 拒退 | 不同意退款 | 不给退费 | 不退费',
  partial_refund:
    'partial refund | refunded only part | 部分退款 | 只退了 | 只退一部分 | 少退 | 退款金额不对 | 退一半',
  exchange:
    'exchange | exchanged | replacement | replace | replaced | swap | 换货 | 更换 | 调换 | 换新 | 换机 | 换一个 | 换个新的 | 以换代修 | 换一台 | 重新发',
  after_sales: 'aftersales | 售后 | 售后服务 | 售后部门 | 售后人员 | 售后维修',
  warranty:
    'warranty | warranties | guarantee | guaranteed | extended warranty | 保修 | 质保 | 三包 | 保修期 | 质保期 | 保修卡 | 延保',
  warranty_refused:
    'not covered by warranty | not covered under warranty | voided the warranty | void the warranty | warranty denied | denied warranty | refused warranty | warranty expired | 不保修 | 不给保修 | 过保 | 过了保修期 | 不在保修范围 | 人为损坏 | 拒绝保修 | 不予保修 | 不是质量问题 | 不在三包 | 保修不给修 | 自费维修 | 要自费',
  water_damage:
    'water damage | liquid damage | got wet | soaked | wet | moisture | 进水 | 泡水 | 受潮 | 湿了 | 弄湿 | 淋湿 | 浸湿 | 水渍 | 湿透',
  repair:
    'repair | repairs | repaired | fix | fixed | fixing | service center | repair shop | 维修 | 修理 | 修好 | 送修 | 报修 | 检修 | 维修点 | 维修中心 | 修一下',
  repair_failed:
    'not fixed | still not fixed | never fixed | could not fix | unable to fix | failed to fix | same problem came back | repeat repair | botched repair | repaired multiple times | 修不好 | 没修好 | 修了还坏 | 返修 | 多次维修 | 反复维修 | 修了好几次 | 越修越坏 | 修坏了 | 维修后又 | 修了又坏 | 还是坏',
  repair_delay:
    'repair taking too long | waiting for parts | parts on backorder | waiting on parts | 维修慢 | 维修周期长 | 等配件 | 没配件 | 缺配件 | 配件没到 | 修了一个月 | 修了两个月 | 维修时间太长 | 迟迟修不好 | 一直在修',
  repair_cost:
    'repair cost | repair bill | labor charge | labour charge | diagnostic fee | inspection fee | service call fee | 维修费 | 维修费用 | 检测费 | 上门费 | 人工费 | 工时费 | 配件费 | 材料费 | 换件 | 小病大修 | 过度维修 | 乱收维修费 | unnecessary repair | unnecessary repairs | unneeded repairs',
  parts_swapped:
    'aftermarket parts | used parts | not genuine parts | non oem | swapped parts | switched parts | 偷换零件 | 偷换配件 | 换了旧件 | 翻新件 | 副厂件 | 拆机件 | 以次充好 | 非原厂 | 非原装 | 假配件 | 不是原装',
  technician:
    'technician | techs | tech | installer | repairman | repair man | engineer | service engineer | 师傅 | 维修师傅 | 安装师傅 | 工程师 | 维修人员 | 维修工 | 装机师傅 | 上门师傅',
  no_show:
    'did not show up | never showed up | no show | noshow | missed the appointment | missed appointment | never came | did not come | stood up | no one came | 没来 | 没人来 | 没上门 | 不上门 | 一直没来 | 爽约 | 放鸽子 | 迟迟不上门 | 没人联系 | 没有人来 | 还没来',
  install: 'install | installation | installed | installing | 安装 | 装机 | 新装 | 上门安装 | 安装费',
  appointment:
    'appointment | scheduled | schedule | time slot | 预约 | 约好 | 约了 | 约定 | 约的时间 | 预约时间',

  // ── Charges, fees and bills ──────────────────────────────────────────────────────────────────
  charge:
    'charge | charged | charges | debited | 扣费 | 收费 | 扣款 | 扣钱 | 划扣 | 被扣 | 扣了 | 扣走 | 收取',
  double_charge:
    'double charge | double charged | charged twice | charged two times | billed twice | duplicate charge | duplicate charges | duplicate payment | duplicate transaction | 重复扣款 | 扣了两次 | 重复收费 | 多扣了一次 | 扣了两笔 | 两笔扣款 | 重复支付 | 付了两次 | 重复缴费 | 扣两次 | 重复扣费 | 扣了两遍 | charged my card twice | charged my account twice | billed me twice',
  overcharge:
    'overcharge | overcharged | overcharging | overbilled | overbilling | charged extra | 多收 | 多扣 | 乱收费 | 多收费 | 多扣费 | 扣多了 | 收多了 | 多收了 | 多扣了 | 费用不对 | 金额不对 | 比平时多 | 多出来 | 多算 | 算错钱 | 多付',
  unknown_charge:
    'unknown charge | unrecognized charge | unrecognised charge | mysterious charge | charges i do not recognize | random charges | 莫名扣费 | 莫名扣款 | 莫名其妙扣 | 不明扣费 | 不明扣款 | 乱扣费 | 乱扣 | 偷偷扣 | 偷扣 | 无故扣费 | 无故扣款 | 不知道什么钱',
  hidden_fee:
    'hidden fee | hidden fees | hidden charge | hidden charges | undisclosed fee | undisclosed fees | junk fee | junk fees | surprise fee | extra fee | extra fees | extra charge | additional fee | additional charges | 隐形消费 | 隐藏费用 | 隐性收费 | 暗扣 | 额外收费 | 额外费用 | 附加费 | 另收 | 另外收 | 额外收取 | 金融服务费 | 出库费 | 上牌费 | 隐形收费 | surprise charges | surprise charge | 宰客 | 被宰 | 天价 | 打包费 | 餐盒费',
  no_notice:
    'without notice | without any notice | without warning | no notice | no notification | never notified | never told | never informed | not informed | not notified | without informing | without telling me | not disclosed | never disclosed | 未告知 | 没有告知 | 没告知 | 没有提前告知 | 未提前告知 | 没有通知 | 未通知 | 没通知 | 事先没说 | 没提前说 | 没有任何通知 | 也没有通知 | 没有提醒 | 没有任何提醒 | 不告知 | 没有说明 | 没说明 | 没提前告知 | 不通知 | 也不通知 | 没提前通知 | 未提前通知',
  unfair_terms:
    'unfair terms | unfair contract | fine print | unconscionable | one sided | 霸王条款 | 格式条款 | 不平等条款 | 不公平 | 强制条款',
  fee: 'fee | fees | 手续费 | 费用 | 服务费 | 工本费 | 管理费',
  late_fee:
    'late fee | late fees | late charge | late charges | late payment fee | 滞纳金 | 逾期费 | 逾期罚款 | 罚金',
  termination_fee:
    'early termination fee | termination fee | cancellation fee | cancellation charge | etf | penalty fee | penalty | penalties | 违约金 | 解约金 | 违约费 | 退订费 | 取消费 | 赔偿违约 | 扣违约金',
  payment:
    'payment | payments | pay | paid | paying | 付款 | 支付 | 还款 | 缴费 | 付钱 | 交钱 | 付了 | 付完款 | 支付了',
  payment_failed:
    'payment failed | payment declined | card declined | transaction declined | declined | payment error | 支付失败 | 付款失败 | 扣款失败 | 交易失败 | 付不了款 | 支付不了 | 无法支付 | 付款不成功',
  payment_not_credited:
    'payment not applied | payment not credited | misapplied | payment was not posted | payment not posted | payments not applied | applied incorrectly | never credited | 还款没入账 | 还款未入账 | 没入账 | 未入账 | 不入账 | 入账 | 缴费没到账 | 充值没到账 | 充值未到账',
  bill: 'bill | bills | billing | billed | 账单 | 话费单 | 对账单 | 月结单 | 账单日 | 话费 | phone bill',
  billing_error:
    'billing error | billing mistake | billing issue | incorrect bill | wrong bill | bill is wrong | incorrect billing | 账单错误 | 账单有误 | 计费错误 | 计费不对 | 乱计费 | 账单不对 | 扣费不对 | 计费有误 | 收费不对',
  high_bill:
    'high bill | bill doubled | bill tripled | bill skyrocketed | outrageous bill | sky high bill | huge bill | 电费高 | 电费太高 | 水费太高 | 燃气费太高 | 费用暴涨 | 账单暴涨 | 翻倍 | 翻了一倍 | 比以前高 | 突然变高 | 高得离谱 | 高了一倍 | 贵了一倍 | 多了一倍 | 涨了一倍 | 比平时高 | 比以前多',
  meter:
    'meter | meters | meter reading | meter readings | estimated bill | estimated reading | smart meter | 电表 | 水表 | 燃气表 | 气表 | 抄表 | 估抄 | 读数 | 表不准 | 表走得快 | 智能电表',
  price_rise_utility: 'rate hike | tariff increase | 阶梯电价 | 阶梯水价 | 电价上涨 | 水价上涨 | 气价上涨',
  auto_renewal:
    'auto renew | auto renewal | auto renewed | automatic renewal | automatically renewed | renewed automatically | recurring charge | recurring charges | recurring billing | recurring payment | 自动续费 | 自动扣费 | 自动续订 | 自动续期 | 连续包月 | 免密支付 | 免密扣款 | 自动扣款 | 自动续 | 续费',
  subscription:
    'subscription | subscriptions | subscribed | subscribe | unsubscribe | 订阅 | 包月 | 月卡 | 年卡 | 季卡 | 退订 | 取消订阅',
  membership:
    'membership | member | members | gym | 会员 | 会员卡 | 会籍 | 会员费 | 健身房 | 次卡 | 办会员卡 | 办健身卡 | 办了会员',
  free_trial:
    'free trial | trial period | trial ended | trial | 免费试用 | 试用期 | 体验期 | 体验课 | 免费体验 | 首月 | 试用',
  unauthorized_signup:
    'signed up without | enrolled without | never signed up | never subscribed | never ordered | never agreed | did not sign up | did not agree | added without | cramming | 被开通 | 私自开通 | 擅自开通 | 乱开通 | 没有订购 | 未订购 | 从未订购 | 没订过 | 没有开通过 | 没开通过 | 被订购 | 莫名开通 | 被办理 | 私自办理 | 擅自办理 | 偷偷开通 | 增值业务 | 增值服务 | 定制业务',

  // ── Orders and accounts on apps and sites ────────────────────────────────────────────────────
  app: 'app | apps | website | online portal | 应用 | 软件 | 网站 | 小程序 | 公众号 | 客户端 | 手机银行 | 网银',
  account: 'account | accounts | 账户 | 帐户 | 账号 | 帐号 | 用户名',
  login_failed:
    'login | logins | logon | unable to log | cannot log | could not log | login failed | login error | 登录 | 登陆 | 登不上 | 登录不了 | 无法登录 | 登录失败 | 登录不上 | 登陆不上 | 不能登录 | 登不进去 | 进不去账号 | 账号进不去 | unable to log in | cannot log in | can not log in | cannot sign in | unable to sign in | login issue | login issues | login problem | 登陆失败',
  password:
    'password | passcode | pin | reset password | forgot password | 密码 | 重置密码 | 找回密码 | 改密码 | 密码错误 | 支付密码',
  verification_code:
    'verification code | security code | one time passcode | one time password | otp | 2fa | two factor | 验证码 | 收不到验证码 | 验证码收不到 | 短信验证码 | 动态码 | 校验码',
  account_hacked:
    'hacked | hacker | account hacked | account compromised | compromised | someone accessed my account | someone logged into | 被盗号 | 盗号 | 账号被盗 | 被黑 | 异地登录 | 被人登录 | 账号被人',
  account_frozen:
    'frozen | froze | freeze | freezing | account frozen | hold on my account | account restricted | restricted my account | account suspended | suspended my account | 冻结 | 账户冻结 | 被冻结 | 止付 | 非柜面 | 账户受限 | 被限制 | 封号 | 账号被封 | 封禁 | 限制交易 | 被风控 | 风控 | 限制登录 | 暂停使用 | 封卡 | 停卡 | 锁卡 | account locked | locked account | locked my account | 账号被锁 | 账户被锁 | 被锁定',
  account_closed:
    'close account | closed account | closed my account | account closed | closing my account | closure | shut down my account | 销户 | 关闭账户 | 账户被关闭 | 账户关闭 | 被销户 | 注销账户 | 注销账号 | 账户注销',
  app_crash:
    'keep crash | app crash | app crashes | crashing app | force close | keeps closing | will not open | not load | will not load | not loading | white screen | 闪退 | 打不开 | 崩溃 | 进不去 | 加载不出来 | 白屏 | 无法打开 | 一打开就退 | 自动退出 | 加载失败 | 页面空白 | app keeps crashing | app crashed | cant open the app',
  system_error:
    'error message | error code | system error | technical error | technical issue | technical issues | technical difficulties | glitch | glitches | bug | bugs | buggy | system issue | system problem | system glitch | 报错 | 一直报错 | 提示错误 | 系统错误 | 系统故障 | 系统问题 | 系统原因 | 系统出错 | 网络异常 | 程序错误 | 出现错误',
  device_freeze:
    'reboot | reboots | rebooting | restarts | restarting | restart loop | boot loop | bootloop | keeps restarting | 死机 | 卡死 | 重启 | 自动重启 | 反复重启 | 无限重启 | 自己重启 | 频繁死机 | keeps freezing | phone freezes | phone froze | screen froze | screen freezes | laptop freezes | freezes up randomly',
  lag: 'lag | lags | laggy | lagging | sluggish | stutter | stutters | stuttering | slow to respond | slows down | runs slow | unresponsive | 卡顿 | 很卡 | 太卡 | 特别卡 | 好卡 | 超卡 | 反应慢 | 运行慢 | 运行缓慢 | 掉帧 | 不流畅 | 一卡一卡 | 卡卡的 | 反应迟钝 | 非常卡 | 越来越卡 | slow performance | takes forever to load | 加载很慢 | 慢得要死 | 半天没反应',
  software_update:
    'software update | system update | firmware update | os update | ios update | android update | latest update | new update | since the update | ota | ota update | update broke | new version | latest version | 系统更新 | 软件更新 | 更新后 | 升级后 | 系统升级 | 更新之后 | 升级之后 | 固件升级 | 版本更新 | 新版本 | 最新版本 | 强制更新 | 自动更新 | 升级到 | 更新到',

  // ── Electronics and appliances ───────────────────────────────────────────────────────────────
  battery: 'battery | batteries | 电池 | 电量 | 电芯',
  battery_drain:
    'battery drain | battery drains | battery draining | drains quickly | drains fast | drains the battery | battery dies | dies quickly | battery life | poor battery life | short battery life | hold a charge | holds a charge | loses charge | 续航 | 续航差 | 续航短 | 续航崩 | 续航拉胯 | 续航太差 | 掉电 | 掉电快 | 耗电快 | 耗电严重 | 耗电太快 | 很耗电 | 费电 | 电池不耐用 | 不耐电 | 不经用 | 待机短 | 待机时间短 | 一天一充 | 电量掉得 | 电量掉 | 没电 | 掉电严重 | battery does not last | battery doesnt last | battery not last',
  battery_swelling:
    'swollen battery | battery swelling | battery swollen | swelling | bulging battery | battery bulge | bulging | battery expanded | puffed up | 鼓包 | 电池鼓包 | 电池膨胀 | 膨胀 | 鼓起来 | 后盖顶起 | 屏幕被顶起 | 顶起',
  charging_failed:
    'charging port | slow charging | charges slowly | charge port | wireless charging | fast charging | stopped charging | 充不进电 | 充不上电 | 充不了电 | 无法充电 | 不能充电 | 充电慢 | 充电很慢 | 充电口 | 接触不良 | 充电时断时续 | 快充失效 | 充电异常 | 不充电 | 充不满 | 充电没反应',
  charger:
    'charger | chargers | charging cable | charging brick | power adapter | usb cable | 充电器 | 充电头 | 充电线 | 数据线 | 适配器 | 电源适配器 | 插头',
  accessory:
    'accessory | accessories | adapter | adaptor | phone case | earphones | earbuds | headphones | headset | 配件 | 附件 | 标配 | 手机壳 | 转接头 | 保护壳 | 耳机 | 耳麦',
  screen:
    'screen | screens | display | touchscreen | touch screen | 屏幕 | 显示屏 | 触摸屏 | 触屏 | 显示器 | 液晶屏 | 内屏 | 外屏 | 碎屏 | 屏碎',
  screen_defect:
    'dead pixel | dead pixels | stuck pixel | lines on the screen | line on the screen | green line | pink line | vertical line | vertical lines | horizontal lines | flicker | flickers | flickering | screen burn | burnin | yellow tint | backlight bleed | screen bleeding | black screen | blank screen | 坏点 | 亮点 | 绿线 | 竖线 | 横线 | 闪屏 | 屏闪 | 频闪 | 烧屏 | 残影 | 漏光 | 黄斑 | 屏幕发黄 | 屏发黄 | 色斑 | 花屏 | 黑屏 | 屏幕闪烁 | 闪烁 | 屏幕一闪 | 显示异常 | 偏色 | 阴阳屏 | 亮斑 | screen went black | screen black | blue screen | screen goes black',
  touch_failure:
    'touch not working | touch not responding | touchscreen not responding | touch screen not responding | unresponsive touch | ghost touch | ghost touches | phantom touches | 触屏失灵 | 触摸失灵 | 触控失灵 | 触屏不灵 | 触摸不灵 | 点不动 | 乱跳 | 跳屏 | 误触 | 断触 | 屏幕没反应 | 点屏幕没反应 | 点了没反应 | 自己乱点',
  overheat:
    'overheat | overheats | overheated | overheating | gets hot | gets very hot | burning hot | extremely hot | hot to touch | too hot to touch | 发热 | 过热 | 发烫 | 烫手 | 烫得 | 很烫 | 发热严重 | 温度高 | 温度过高 | 热得发烫 | 烫的',
  fire_smoke:
    'caught fire | fire | smoke | smoking | burned | burnt | burning smell | melted | melting | explode | exploded | explosion | sparks | sparked | sparking | 起火 | 着火 | 冒烟 | 烧焦 | 烧毁 | 烧坏 | 自燃 | 爆炸 | 炸了 | 火花 | 焦味 | 烧焦味 | 融化 | 熔化 | 冒火 | 火灾 | 炸裂',
  electric_shock:
    'electric shock | electrical shock | shocked me | got shocked | electrocuted | electrocution | short circuit | tripped the breaker | 漏电 | 触电 | 电到 | 电了一下 | 麻手 | 被电 | 带电 | 短路 | 跳闸 | 电击',
  safety:
    'safety | hazard | hazardous | dangerous | danger | unsafe | safety issue | safety hazard | fire hazard | could have killed | 安全 | 危险 | 隐患 | 安全隐患 | 安全问题 | 太危险 | 危及 | 生命安全 | 人身安全',
  injury:
    'injury | injured | injuries | wounded | hospital | emergency room | 受伤 | 伤害 | 烫伤 | 割伤 | 送医 | 去医院 | 住院 | 流血 | 骨折 | 划破 | 伤到',
  noise:
    'noise | noisy | loud | rattling | rattle | buzzing | squeaking | squeak | grinding noise | clicking noise | 噪音 | 异响 | 声音大 | 很吵 | 太吵 | 吵得 | 吵闹 | 嗡嗡 | 咔咔 | 吱吱 | 响声 | 隔音差 | 隔音 | 噪声',
  sound:
    'no sound | no audio | sound cuts out | crackling | static noise | distorted sound | speaker | speakers | microphone | mic | 没声音 | 没有声音 | 无声音 | 杂音 | 电流声 | 破音 | 声音小 | 听不到声音 | 扬声器 | 麦克风 | 听筒 | 外放',
  camera: 'camera | cameras | lens | 相机 | 摄像头 | 拍照 | 照相 | 镜头 | 拍出来 | 对焦',
  connectivity:
    'bluetooth | will not connect | not connect | unable to connect | cannot connect | connection failed | 蓝牙 | 配对 | 连不上 | 连接不上 | 无法连接 | 连接失败 | 断连 | 断开连接 | 连接不稳定 | 老是断开 | bluetooth pairing | will not pair | not pair',
  storage: 'storage | memory | 内存 | 存储 | 内存不足 | 存储空间',
  fingerprint: 'fingerprint | face unlock | 指纹 | 人脸识别 | 面容 | 解锁 | 面部识别',
  button: 'button | buttons | power button | volume button | 按键 | 按钮 | 按键失灵 | 开机键 | 音量键',
  appliance:
    'appliance | appliances | refrigerator | fridge | washer | washing machine | dryer | dishwasher | oven | microwave | water heater | air conditioner | 冰箱 | 洗衣机 | 烘干机 | 洗碗机 | 烤箱 | 微波炉 | 热水器 | 油烟机 | 燃气灶 | 电饭煲 | 家电',
  cooling:
    'not cooling | does not cool | no cold air | air conditioning | ac not working | aircon | 不制冷 | 制冷差 | 制冷效果差 | 不制热 | 制热差 | 空调 | 不冷 | 冷藏不冷 | 冷冻不冻 | ac broken | air conditioner not working | ac is broken',
  rust: 'rust | rusted | rusty | corrosion | corroded | 生锈 | 锈蚀 | 锈迹 | 腐蚀 | 锈了',

  // ── Food and restaurants ─────────────────────────────────────────────────────────────────────
  food: 'food | meal | meals | dish | dishes | takeout | takeaway | 食品 | 食物 | 饭菜 | 外卖 | 餐品 | 菜品',
  foreign_object:
    'foreign object | foreign objects | hair in | found a hair | insect | insects | cockroach | roach | worm | worms | maggot | maggots | plastic in | glass in | metal in | 异物 | 头发 | 虫子 | 苍蝇 | 蟑螂 | 毛发 | 钢丝球 | 钢丝 | 塑料片 | 玻璃渣 | 石子 | 沙子 | 指甲 | 创可贴 | 吃出 | 吃到了 | 菜里有 | 饭里有',
  pests:
    'pests | cockroaches | roaches | mouse | bed bugs | bedbugs | fleas | 蟑螂 | 老鼠 | 臭虫 | 跳蚤 | 螨虫 | 虫子 | rodent | rodents',
  spoiled:
    'spoiled | spoilt | rotten | moldy | mouldy | mold | mould | gone bad | rancid | sour | stale | not fresh | 变质 | 发霉 | 腐烂 | 馊了 | 发馊 | 馊味 | 酸了 | 臭了 | 不新鲜 | 长毛 | 霉变 | 烂了 | 胀袋 | 变味 | 有股酸味',
  food_poisoning:
    'food poisoning | got sick | made me sick | sick after | vomiting | vomited | threw up | diarrhea | diarrhoea | stomach ache | stomachache | stomach pain | nausea | 食物中毒 | 拉肚子 | 腹泻 | 呕吐 | 肚子疼 | 肚子痛 | 闹肚子 | 上吐下泻 | 吃坏肚子 | 吃完不舒服',
  allergy:
    'allergic reaction | allergic | allergy | allergies | rash | itchy | 过敏 | 起疹子 | 红疹 | 皮肤过敏 | 发痒 | 瘙痒 | 红肿 | 过敏反应',
  food_cold:
    'cold food | arrived cold | food was cold | lukewarm | not hot | stone cold | ice cold | 凉了 | 冷了 | 凉透 | 冰凉 | 不热 | 冷掉 | 温的 | 全凉了 | 凉的 | 变凉 | 早就凉',
  spilled:
    'spilled | spilt | spill | spillage | leaked everywhere | soup spilled | drink spilled | 洒了 | 撒了 | 洒出来 | 撒出来 | 漏出来 | 漏汤 | 洒漏 | 撒漏 | 溢出 | 流出来 | 撒得 | 洒得 | 全洒 | 全撒 | 漏得',
  portion:
    'small portion | tiny portion | portion size | portions | skimpy | not enough food | 分量少 | 份量少 | 分量太少 | 份量太少 | 分量不足 | 量太少 | 少得可怜 | 分量 | 份量 | 克数不足 | 短斤少两 | 缺斤短两 | 量少 | 缺斤少两',
  taste:
    'taste | tastes | tasted | tasteless | bland | flavor | flavour | too salty | salty | greasy | oily | 口味 | 味道 | 难吃 | 不好吃 | 太咸 | 很咸 | 齁咸 | 太油 | 油腻 | 没味道 | 口感 | 太辣 | 太甜 | 难以下咽 | soggy | inedible',
  undercooked:
    'undercooked | raw | not cooked | uncooked | half cooked | overcooked | 没熟 | 不熟 | 夹生 | 半生不熟 | 糊了 | 烤焦 | 炸糊 | 还是生的 | 半生',
  hygiene:
    'dirty | filthy | unsanitary | unhygienic | unclean | not clean | hygiene | 不卫生 | 卫生差 | 卫生问题 | 很脏 | 太脏 | 好脏 | 脏兮兮 | 脏乱 | 不干净 | 没打扫 | 没有打扫 | 卫生 | 后厨 | 脏乱差 | 脏死了',
  staff: 'waiter | waitress | server | staff | employee | employees | 服务员 | 店员 | 工作人员 | 员工 | 前台',
  bad_review:
    'bad review | negative review | one star | review removed | deleted my review | 差评 | 给差评 | 删差评 | 好评返现 | 一星 | 删评 | 改评价 | 评价',

  // ── Customer service ─────────────────────────────────────────────────────────────────────────
  customer_service:
    'customer service | customer support | customer care | support team | helpdesk | help desk | call center | call centre | agent | agents | representative | representatives | rep | reps | 客服 | 人工客服 | 客服人员 | 客服专员 | 在线客服 | 售后客服 | 客服热线 | 服务热线 | 人工服务',
  unreachable:
    'unable to reach | could not reach | cannot reach | no one answers | nobody answers | no one picks up | no answer | hold for hours | kept on hold | long hold | hold time | hours on hold | disconnected the call | line is busy | 联系不上 | 联系不到 | 打不通 | 电话打不通 | 没人接 | 无人接听 | 不接电话 | 电话不接 | 转人工 | 转不了人工 | 找不到人工 | 一直占线 | 占线 | 排队 | 机器人客服 | 智能客服 | 找不到客服 | 找不到人 | 电话也不接 | 挂了电话 | 直接挂了 | 挂断 | can not reach | hold for an hour | on hold forever | no live person | live agent | automated system | chatbot | waiting on hold | wait on hold | put on hold',
  runaround:
    'runaround | run around | passed around | bounced around | transferred from one department | kept transferring | pointing fingers | blame each other | blaming each other | passing the buck | 踢皮球 | 互相推诿 | 推诿 | 推卸责任 | 互相推脱 | 推脱 | 相互推诿 | 推来推去 | 来回推 | 让我自己联系 | 各种推脱 | 扯皮 | 互相扯皮 | 推给 | 让我找 | 来回折腾 | told to contact | told me to contact | referred me to | 让我去找 | 让我找商家 | 让我找快递 | 让我联系',
  no_response:
    'no response | no reply | no replies | ignored | ignoring | ignore | unanswered | never responded | never replied | never heard back | not responded | did not respond | failed to respond | no follow up | never followed up | 不回复 | 没回复 | 没有回复 | 不理我 | 不理人 | 不理睬 | 不理会 | 没人理 | 无人回应 | 已读不回 | 不回消息 | 没人回 | 没有回音 | 石沉大海 | 不予理睬 | 不搭理 | 爱答不理 | 装死 | 没下文 | 没有下文 | 杳无音信 | 无人处理 | 没人处理 | 没人管 | 不处理 | 拖着不处理 | 不给答复 | 没有答复 | 不回应 | 消失了 | left on read | seen no reply | ghosted | ghosting',
  perfunctory:
    'canned response | scripted | generic response | form letter | copy and paste | template response | brushed off | brush off | 敷衍 | 敷衍了事 | 官方回复 | 模板回复 | 套话 | 打官腔 | 车轱辘话 | 只会道歉 | 复制粘贴 | 一直说在处理 | 回去等 | 让我等 | 等通知',
  rude: 'rude | rudely | impolite | disrespectful | unprofessional | condescending | yelled | yelling | screamed | hostile | attitude | belittled | insulted | cursed at | 态度差 | 态度恶劣 | 不礼貌 | 态度不好 | 态度很差 | 态度极差 | 态度太差 | 服务态度 | 态度 | 骂人 | 辱骂 | 爆粗口 | 甩脸色 | 摆脸色 | 不耐烦 | 阴阳怪气 | 冷嘲热讽 | 傲慢 | 吼我 | 凶我 | 骂我 | 恶语相向 | 出言不逊 | 不专业的态度 | 态度傲慢 | 态度冷漠 | 冷漠',
  platform_intervene:
    'escalate | escalated | escalation | supervisor | manager | 平台介入 | 申请介入 | 小二介入 | 客服介入 | 升级处理 | 找主管 | 找经理 | 主管 | 经理',
  case_ticket:
    'case number | ticket number | reference number | claim number | 工单 | 工单号 | 处理单 | 受理单 | 受理号',
  tradein: 'tradein | trade in value | 以旧换新 | 回收价 | 折价 | 旧机回收',
  checkin: 'checkin | check in time | front desk | 入住 | 办理入住 | 退房 | 延迟退房 | 入住时',
  unresolved:
    'unresolved | not resolved | never resolved | still not resolved | no resolution | issue persists | problem persists | still unresolved | 没有解决 | 没解决 | 问题还在 | 依然存在 | 还是没解决 | 至今没解决 | 问题依旧 | 一直没解决 | 未解决 | 得不到解决 | 没有处理好',
  incompetent:
    'incompetent | incompetence | clueless | untrained | not knowledgeable | 不专业 | 业务不熟 | 一问三不知 | 什么都不懂 | 外行 | 水平差 | 技术差 | 技术不行 | 水平太差',
  regulator:
    'cfpb | consumer financial protection bureau | better business bureau | bbb | attorney general | ftc | federal trade commission | fcc | regulator | ombudsman | 消协 | 消费者协会 | 工信部 | 银保监 | 银保监会 | 金融监管 | 监管局 | 市场监管 | 市场监督 | 消保 | 通管局 | 民航局 | 教育局 | 交通局 | 监管部门 | 监管机构',
  legal:
    'lawyer | attorney | lawsuit | sue | court | legal action | small claims | 律师 | 起诉 | 法院 | 诉讼 | 打官司 | 法律途径 | 仲裁 | 律师函',
  promise:
    'promise | promised | promises | assured | assurance | verbally agreed | 承诺 | 保证 | 答应 | 说好的 | 口头承诺 | 说好 | 明明说 | 当初说 | 承诺过 | 说可以',
  same_problem: '同样的问题 | 同样问题 | 一样的问题 | 同一个问题 | 老问题',
  stalling:
    'dragging their feet | dragged on | drag on | delaying tactics | kept putting off | 拖延 | 一拖再拖 | 拖着 | 拖了 | 一直拖 | 拖到 | 推迟处理 | 拖拖拉拉',
  compensation:
    'compensation | compensate | compensated | goodwill | make it right | 赔偿 | 补偿 | 赔付 | 赔钱 | 先行赔付 | 赔偿标准 | 赔偿金 | 补偿金 | 给个说法 | 要个说法 | 讨个说法',
  no_compensation:
    'refused to compensate | no compensation | not compensated | did not compensate | 不赔偿 | 拒绝赔偿 | 不赔 | 不给赔偿 | 没有任何补偿 | 没有补偿 | 不补偿 | 不给补偿 | 没有赔偿 | 不负责 | 不承担',
  verify: 'verify | verified | verification | validate | validation | 核实 | 验证 | 核对 | 核查 | 审核',
  delete: 'delete | deleted | remove | removed | removal | deletion | 删除 | 移除 | 消除 | 去除',
  rejected:
    'rejected | rejection | denied | denial | refused | refusal | 拒绝 | 驳回 | 被拒 | 不通过 | 没通过 | 未通过 | 不批 | 审核不通过 | 被驳回 | 拒绝了',
  salesperson:
    'salesperson | salesman | saleswoman | sales rep | sales representative | sales associate | loan officer | broker | 业务员 | 销售人员 | 销售员 | 推销员 | 客户经理 | 理财经理 | 销售顾问 | 导购',
  store_visit: 'branch | branches | store location | 营业厅 | 网点 | 柜台 | 线下 | 门店办理 | 到店 | 分行',
  spam_calls:
    'spam calls | spam texts | robocalls | robocall | telemarketing | marketing calls | marketing texts | unsolicited calls | sales calls | 推销电话 | 营销电话 | 骚扰电话 | 垃圾短信 | 营销短信 | 广告短信 | 推销 | 骚扰短信',
  privacy:
    'privacy | personal information | personal data | personal info | data breach | breach | leaked my information | sold my information | sold my data | shared my information | 个人信息 | 隐私 | 信息泄露 | 泄露 | 信息被泄露 | 倒卖信息 | 泄露隐私 | 个人资料 | 数据泄露',
  cancel:
    'cancel | cancellation | cancelled | canceled | cancelling | canceling | terminate | terminated | termination | 取消 | 注销 | 解约 | 解除合同 | 退卡 | 退会 | 解绑',
  cancel_blocked:
    'would not let me cancel | will not let me cancel | refused to cancel | unable to cancel | not cancel | no way to cancel | hard to cancel | difficult to cancel | kept trying to sell | retention | 取消不了 | 无法取消 | 注销不了 | 无法注销 | 不给注销 | 不让注销 | 退订不了 | 不给退订 | 不让取消 | 不给取消 | 销不了户 | 挽留 | 不给办 | 办不了 | 必须本人到',
  contract:
    'contract | agreement | terms and conditions | terms of service | 合同 | 协议 | 条款 | 合约 | 签约 | 签合同',
  business_closed:
    'closed permanently | 跑路 | 倒闭 | 关门 | 停业 | 闭店 | 人去楼空 | 卷款跑路 | 卷钱跑路 | 暴雷 | 爆雷 | 关店 | 停止营业',

  // ── Banking, cards, payments ─────────────────────────────────────────────────────────────────
  gift_card:
    'gift card | gift cards | prepaid card | prepaid cards | stored value card | store credit | 礼品卡 | 购物卡 | 储值卡 | 预付卡 | 充值卡 | 消费卡 | 余额卡',
  topup: 'recharge | reload | top up failed | 充值 | 充话费 | 充值失败 | 充错 | 充值不到账 | 话费充值',
  atm_problem:
    'atm did not dispense | cash not dispensed | did not dispense | atm kept my card | atm ate my card | atm swallowed | 吞卡 | 没吐钞 | 不吐钞 | 取款机没出钱 | 钱没吐出来 | 机器吞钱 | 取款机故障',
  kyc: 'identity verification | verify my identity | kyc | know your customer | proof of identity | 实名认证 | 人脸认证 | 身份认证 | 实名验证 | 认证失败 | 人脸识别失败 | 刷脸',
  autopay:
    'autopay | auto pay | automatic payment | automatic payments | auto debit | 自动还款 | 代扣 | 自动划扣 | 绑定扣款',
  wallet:
    'paypal | venmo | cash app | apple pay | google pay | 支付宝 | 微信支付 | 财付通 | 钱包 | 零钱 | 云闪付',
  crypto:
    'crypto | cryptocurrency | bitcoin | coinbase | crypto exchange | 虚拟币 | 加密货币 | 币圈 | 比特币 | 数字货币',
  loan_application:
    'loan application | mortgage application | underwriting | pre approved | preapproved | approval process | closing costs | closing date | appraisal | 贷款审批 | 申请贷款 | 放款 | 放款慢 | 不放款 | 迟迟不放款 | 审批 | 评估价 | 房屋评估',
  bank: 'bank | banks | banking | 银行 | 支行 | 开户行',
  card: 'card | cards | 卡片 | 银行卡 | 办的卡 | 这张卡',
  credit_card: 'credit card | credit cards | 信用卡 | 贷记卡',
  debit_card: 'debit card | debit cards | 借记卡 | 储蓄卡',
  unauthorized:
    'unauthorized | unauthorised | without my permission | without permission | without my consent | without consent | without my knowledge | without authorization | not authorize | never authorized | did not authorize | not authorized | 未经授权 | 未经同意 | 未经允许 | 未经本人 | 不是我本人 | 非本人 | 非本人操作 | 本人不知情 | 不知情 | 没有授权 | 没授权 | 擅自',
  card_fraud:
    'unauthorized transaction | unauthorized transactions | unauthorized charge | unauthorized charges | fraudulent charge | fraudulent charges | fraudulent transaction | fraudulent transactions | card was stolen | stolen card | card skimmed | skimming | 盗刷 | 被盗刷 | 被刷 | 被刷走 | 卡被盗 | 盗用 | 被盗用 | 没有消费 | 不是我消费 | 异地消费 | 境外消费 | 被人刷',
  fraud:
    'fraud | fraudulent | scam | scammed | scammer | scammers | scheme | ripped off | con artist | 诈骗 | 欺诈 | 骗局 | 被骗 | 骗子 | 骗钱 | 电信诈骗 | 钓鱼 | 欺骗 | 骗人 | 诓骗 | phishing | phishing scam | impersonated | impersonating | 冒充 | 冒充客服 | 冒充银行 | 假客服 | 刷单 | 杀猪盘 | 投资诈骗 | impersonate | impersonation',
  identity_theft:
    'identity theft | stolen identity | identity stolen | victim of identity theft | someone used my identity | opened in my name | accounts i did not open | accounts that i did not open | used my name | 身份盗用 | 身份被盗 | 冒用身份 | 身份被冒用 | 冒名 | 冒名办理 | 被冒名 | 盗用身份 | 用我的身份 | 以我的名义 | 身份证被冒用 | 冒用我的',
  not_mine:
    'not mine | not my debt | not my account | not owe | do not owe | does not belong to me | not belong to me | never had an account | never opened | never opened this account | not recognize | not my loan | 不是我的 | 不属于我 | 我没有借过 | 没借过 | 从没借 | 没有办过 | 从来没有办 | 不认识的 | 莫须有 | belongs to someone else | someone else s | mixed file | 别人的信息 | 他人信息 | 他人的',
  transfer:
    'transfer | transfers | transferred | wire | wire transfer | zelle | 转账 | 汇款 | 转款 | 打款 | 转出 | 转入 | 转走',
  funds_missing:
    'funds not received | money never arrived | funds never arrived | transfer failed | transfer pending | missing funds | missing money | money disappeared | money missing | funds missing | 没到账 | 未到账 | 不到账 | 到账慢 | 迟迟不到账 | 转账失败 | 汇款失败 | 钱不见了 | 钱没了 | 资金不见 | 凭空消失 | 少了钱',
  deposit:
    'deposit | deposits | deposited | direct deposit | mobile deposit | check deposit | 存款 | 存钱 | 存入 | 存的钱',
  funds_hold:
    'hold on funds | funds on hold | held my funds | held my deposit | placed a hold | hold on my deposit | funds held | 资金冻结 | 暂扣 | 扣留 | 资金被扣 | 钱被扣住 | 被扣押 | hold on check | hold on my check | held my check',
  withdrawal:
    'withdraw | withdrawal | withdrawals | atm | cash withdrawal | 取款 | 取钱 | 提现 | 取现 | 提款机',
  withdrawal_blocked:
    'cannot withdraw | not withdraw | unable to withdraw | withdrawal blocked | withdrawal denied | withdrawal pending | 提现失败 | 提不了现 | 无法提现 | 提现不到账 | 不让提现 | 提现审核 | 提不出来 | 取不出来 | 取不出钱 | 提现不了',
  balance: 'balance | balances | 余额 | 账户余额',
  overdraft:
    'overdraft | overdrafts | overdrawn | nsf | insufficient funds | non sufficient funds | returned item | bounced | overdraft fee | overdraft fees | 透支 | 余额不足 | 透支费 | 超额透支',
  annual_fee:
    'annual fee | annual fees | yearly fee | membership fee | 年费 | 免年费 | 年费减免 | 扣年费 | 收年费 | 免年费政策',
  card_fees:
    'foreign transaction fee | atm fee | cash advance fee | balance transfer fee | maintenance fee | monthly fee | monthly service fee | service fee | 取现手续费 | 境外手续费 | 货币转换费 | 分期手续费 | 账户管理费 | 短信费',
  credit_limit:
    'credit limit | credit line | limit | limits | line of credit | 额度 | 信用额度 | 提额 | 临时额度 | 固定额度 | 可用额度',
  limit_decrease:
    'limit decreased | lowered my limit | lowered my credit limit | reduced my credit limit | reduced my limit | decreased my credit limit | credit limit decrease | credit limit reduced | cut my credit limit | limit reduced | 降额 | 额度降低 | 额度被降 | 降了额度 | 额度下调 | 被降额 | 降低额度 | 额度被砍 | 砍额度',
  interest:
    'interest | interest rate | interest rates | apr | finance charge | finance charges | 利息 | 利率 | 年化 | 年利率 | 费率 | fixed rate | variable rate | adjustable rate | rate lock | 固定利率 | 浮动利率 | 利率上调',
  high_interest:
    'high interest | predatory | usury | usurious | excessive interest | exorbitant | 高利贷 | 利滚利 | 砍头息 | 利息太高 | 罚息 | 复利 | 超高利息 | 高额利息 | 砍头',
  installment:
    'payment plan | repayment plan | monthly payments | 分期 | 分期付款 | 分期还款 | 协商分期 | 个性化分期 | 停息挂账 | 最低还款 | 账单分期 | installment plan | monthly installments | installment payments',
  loan: 'loan | loans | borrow | borrowed | lending | lender | lenders | 贷款 | 借款 | 借贷 | 网贷 | 小贷 | 借呗 | 花呗 | 白条 | 消费贷 | 信贷',
  payday_loan:
    'payday loan | payday loans | payday lender | title loan | cash advance | 高炮 | 套路贷 | 现金贷',
  mortgage:
    'mortgage | mortgages | home loan | house loan | refinance | refinancing | refi | heloc | home equity | 房贷 | 按揭 | 房屋贷款 | 住房贷款 | 公积金贷款 | 商业贷款 | 房子贷款',
  escrow:
    'escrow | property tax | property taxes | homeowners insurance | hazard insurance | 代缴 | 房产税 | 物业税',
  loan_modification:
    'loan modification | modification | loss mitigation | forbearance | deferment | deferral | hardship | trial payment | 展期 | 延期还款 | 协商还款 | 还款困难 | 缓缴',
  foreclosure:
    'foreclosure | foreclose | foreclosed | foreclosing | sheriff sale | short sale | 法拍 | 拍卖房产 | 房子被拍卖 | 强制执行',
  student_loan:
    'student loan | student loans | servicer | navient | income driven repayment | income based repayment | idr | pslf | public service loan forgiveness | loan forgiveness | forgiveness | 助学贷款 | 学生贷款 | 学贷 | 国家助学贷款 | 校园贷',
  auto_loan:
    'car loan | auto loan | auto loans | vehicle loan | auto finance | car payment | 车贷 | 汽车贷款 | 车辆贷款 | 汽车金融 | 车贷分期',
  repossession:
    'repossess | repossessed | repossession | repo | towed | tow truck | 收车 | 拖车 | 强制收车 | 车被拖走 | 车被收走 | 拖走',
  payoff:
    'payoff | paid in full | payoff amount | payoff letter | early payoff | prepayment | 已还清 | 还清了 | 已结清 | 结清 | 未结清 | 结清证明 | 提前还款 | 提前还清 | 提前结清 | 还完了',
  debt: 'debt | debts | owed | owe | owing | 债务 | 欠款 | 欠债 | 欠钱 | 欠费 | 所欠',
  collection:
    'collector | collectors | debt collector | debt collection | collection agency | collections | collection | collection account | 催收 | 催债 | 讨债 | 催款 | 第三方催收 | 外包催收 | 催收公司 | 催收人员 | 催缴',
  harass:
    'harass | harassed | harassment | harassing | threaten | threatened | threatening | threats | abusive | intimidate | intimidating | intimidation | 骚扰 | 威胁 | 恐吓 | 暴力催收 | 辱骂 | 上门催收',
  third_party_contact:
    'called my family | contacted my family | called my mother | called my parents | called my employer | contacted my employer | called my job | called my work | calling my relatives | called my friends | called my neighbors | 通讯录 | 爆通讯录 | 打给家人 | 打电话给家人 | 联系家人 | 联系亲友 | 打给同事 | 打给我同事 | 打到单位 | 打给亲戚 | 打给朋友',
  frequent_calls:
    'repeated calls | constant calls | constantly calling | calling nonstop | keep call | calls every day | call every day | multiple calls a day | excessive calls | several times a day | times a day | 天天打电话 | 每天打电话 | 频繁来电 | 频繁打电话 | 反复打电话 | 不停打电话 | 电话轰炸 | 轰炸 | 打爆 | 一天打好几次 | 天天打',
  debt_validation:
    'debt validation | validate the debt | validation of the debt | verification of the debt | proof of the debt | validation letter | 债务核实 | 债务证明',
  time_barred:
    'statute of limitations | time barred | old debt | zombie debt | 诉讼时效 | 过了时效 | 陈年旧账',
  bankruptcy: 'bankruptcy | bankrupt | chapter 7 | chapter 13 | discharged | discharge | 破产 | 破产清算',
  credit_laws:
    'fcra | fair credit reporting act | fdcpa | fair debt collection | consumer protection law | 消法 | 权益保护法 | 消保法',
  permissible_purpose:
    'permissible purpose | no permissible purpose | without permissible purpose | pulled my credit | ran my credit | 擅自查询征信 | 查我征信',
  reinsertion: 'reinserted | reinsertion | reappeared | came back on my report | 重新出现 | 又出现',
  investigation: 'investigation | investigate | investigated | 调查 | 调查结果 | 核查结果',
  credit_repair: 'credit repair | credit repair company | 征信修复 | 修复征信 | 征信洗白 | 洗白征信',
  garnishment:
    'garnish | garnishment | garnished | wage garnishment | levy | bank levy | 扣工资 | 冻结工资 | 划扣工资 | 执行工资',
  debt_sold:
    'debt buyer | sold my debt | sold the debt | bought the debt | purchased the debt | 债权转让 | 转让给 | 债权转移',
  settlement:
    'debt settlement | settle | settled | settlement | settlement offer | 和解 | 一次性结清 | 协商结清 | 减免 | 减免利息',
  credit_report:
    'credit report | credit reports | credit file | credit history | consumer report | credit reporting | credit bureau | credit bureaus | bureau | bureaus | tradeline | tradelines | 信用报告 | 征信 | 征信报告 | 信用记录 | 征信记录 | 征信系统 | 人行征信 | 央行征信 | 个人信用',
  report_error:
    'inaccurate information | incorrect information | wrong information | inaccurate reporting | reporting inaccurate | not accurate | inaccuracies | inaccuracy | errors on my credit report | error on my credit report | reporting incorrectly | incorrectly reported | 信息错误 | 信息有误 | 记录错误 | 报告有误 | 征信有误 | 征信错误 | 更正 | 修改征信 | 错误记录 | 不实记录 | 纠正 | 消除记录',
  late_payment:
    'late payment | late payments | paid late | reported late | days late | 30 days late | 60 days late | 90 days late | never late | never been late | paid on time | pay on time | on time payments | 逾期 | 逾期记录 | 有逾期 | 显示逾期 | 按时还款 | 每月按时 | 从未逾期 | 没有逾期 | 按时还 | 准时还款 | 晚还',
  dispute:
    'dispute | disputed | disputes | disputing | contest | contested | reinvestigation | chargeback | 异议 | 申诉 | 争议 | 异议申请 | 提出异议 | 拒付',
  inquiry:
    'inquiry | inquiries | hard inquiry | hard inquiries | hard pull | credit check | 查询记录 | 硬查询 | 征信查询 | 查了我的征信 | 查询了征信',
  credit_freeze:
    'security freeze | credit freeze | fraud alert | freeze on my credit | lift the freeze | 冻结信用 | 欺诈警报',
  credit_score:
    'credit score | credit scores | score | scores | fico | score dropped | 信用分 | 信用评分 | 芝麻信用 | 信用分降 | 征信花了 | 征信变花 | 综合评分 | 评分不足',
  personal_id:
    'social security number | ssn | date of birth | driver license | 身份证 | 身份证号 | 证件 | 身份证明',

  // ── Telecom and internet ─────────────────────────────────────────────────────────────────────
  carrier_lock:
    'carrier locked | locked phone | unlock my phone | unlock code | network locked | 锁网 | 有锁 | 解锁码 | 网络锁 | 运营商锁',
  game: 'game | games | gaming | in game | game account | virtual items | 游戏 | 游戏账号 | 装备 | 道具 | 抽卡 | 氪金 | 充值游戏',
  livestream: 'livestream | live stream | streamer | influencer | 直播 | 直播间 | 主播 | 带货 | 网红',
  network: 'network | internet | broadband | fiber | fibre | 网络 | 宽带 | 光纤 | 网线 | 上网',
  wifi: 'wifi | wi fi | router | modem | 路由器 | 光猫 | 无线网 | 无线网络',
  network_slow:
    'slow internet | slow speed | slow speeds | internet is slow | speeds are slow | speed | speeds | throttled | throttling | mbps | speed test | not getting the speed | 网速慢 | 网速很慢 | 网速 | 网慢 | 网很慢 | 网速太慢 | 限速 | 降速 | 被限速 | 测速 | 速度慢 | 宽带慢 | 网络慢 | 网络很卡 | 网卡 | 转圈 | 加载慢 | 带宽 | 千兆 | 百兆 | 缓冲 | 网速不达标 | 延迟高 | 高延迟 | buffering | slow wifi | wifi is slow',
  network_outage:
    'internet outage | service outage | outage | outages | no internet | no service | keeps disconnecting | dropped connection | connection drops | intermittent | intermittent connection | 断网 | 掉线 | 没网 | 网络中断 | 网断了 | 断线 | 上不了网 | 连不上网 | 无法上网 | 时断时续 | 时有时无 | 网络不稳定 | 经常断 | 频繁掉线 | 网络不稳 | 信号不稳定 | 老掉线 | 网络故障 | 宽带故障 | 不能上网 | spotty internet | spotty service | spotty connection | no dial tone | internet keeps dropping | wifi keeps dropping | keeps dropping',
  signal:
    'no signal | weak signal | poor signal | bad signal | signal | bad reception | poor reception | reception | no bars | dropped calls | dropped call | call drops | dead zone | 信号差 | 没信号 | 信号弱 | 信号不好 | 无信号 | 信号很差 | 没有信号 | 信号 | 掉话 | 通话中断 | 听不清 | 打不出去 | 接不到电话 | 无服务',
  plan: 'plan | plans | data plan | phone plan | package deal | tariff | bundle deal | 套餐 | 流量套餐 | 改套餐 | 变更套餐 | 降套餐 | 套餐变更 | 升级套餐 | 换套餐 | 资费 | 月租 | 保底消费 | 最低消费 | 合约机',
  data_usage:
    'data usage | data overage | overage | overages | exceeded data | data cap | data charges | 流量 | 流量超了 | 超流量 | 流量费 | 超出流量 | 超套 | 流量用完 | 偷跑流量 | 跑流量 | 流量扣费 | 定向流量',
  roaming:
    'roaming | roaming charges | international charges | international roaming | 漫游 | 漫游费 | 国际漫游 | 境外流量',
  phone_number:
    'phone number | sim card | sim | number port | port my number | port out | porting | esim | 手机号 | 号码 | 手机卡 | 电话卡 | 副卡 | 携号转网 | 转网 | 销号 | 停机保号 | 补卡 | 实名',
  suspended_service:
    'shut off | service suspended | suspended my service | disconnected my service | service cut off | disconnection | disconnect notice | 停机 | 欠费停机 | 被停机 | 停了我的 | 停掉 | 停用 | 断了我的 | 突然停机',
  tv_service:
    'cable tv | tv service | streaming | channels | set top box | 电视 | 机顶盒 | 频道 | 有线电视 | 网络电视 | 点播',

  // ── Utilities ────────────────────────────────────────────────────────────────────────────────
  electricity:
    'electricity | electric | electrical | power company | utility | utilities | 电费 | 供电 | 电力 | 电网 | 供电局 | power bill | power supply | electric bill | electricity bill | 用电量',
  power_outage:
    'power outage | power outages | power cut | blackout | blackouts | lost power | without power | no power | no electricity | 停电 | 断电 | 没电 | 突然停电 | 频繁停电 | 经常停电 | 停了电 | 来电了 | 限电 | 电压不稳 | 电压低',
  water_supply:
    'no water | water shut off | water outage | water pressure | low water pressure | water main | 停水 | 断水 | 没水 | 水压低 | 水压小 | 水压不足 | 水很小 | 供水 | 自来水 | 水费',
  water_quality:
    'water quality | discolored water | brown water | cloudy water | dirty water | tap water | 水质 | 水质差 | 水浑浊 | 水发黄 | 黄水 | 浑浊 | 有杂质 | 水垢 | 水有异味',
  gas_heating:
    'gas | gas leak | no heat | heating | heat not working | radiator | boiler | furnace | 燃气 | 煤气 | 天然气 | 暖气 | 供暖 | 暖气不热 | 暖气不暖 | 供暖不足 | 室温低 | 温度不达标 | 停暖 | 停气 | 燃气泄漏 | 锅炉 | 地暖',
  hot_water: 'no hot water | hot water | cold water | 没有热水 | 没热水 | 热水不热 | 水不热 | 洗澡水',
  property_mgmt:
    'landlord | property manager | property management | hoa | 物业 | 物业费 | 物业公司 | 房东 | 中介 | 租房',

  // ── Travel ───────────────────────────────────────────────────────────────────────────────────
  flight_delay:
    'flight delayed | delayed flight | flight delay | flight was delayed | delayed for hours | hours delay | 延误 | 航班延误 | 延误了 | 起飞晚 | 推迟起飞 | 迟迟不起飞 | 机上等 | 航班晚点 | 飞机晚点 | 晚点起飞 | 晚点到达 | 严重晚点 | 火车晚点 | 高铁晚点',
  flight_cancelled:
    'flight cancelled | flight canceled | cancelled my flight | canceled my flight | cancelled flight | 航班取消 | 取消航班 | 航班被取消 | 航班取消了',
  overbooking:
    'overbooked | overbooking | bumped | denied boarding | oversold | 超售 | 拒绝登机 | 登不了机 | 不让登机 | 无法登机 | 没有座位 | 没座位',
  missed_connection:
    'missed connection | missed my connection | connecting flight | layover | 误机 | 错过转机 | 没赶上 | 转机 | 中转航班 | 赶不上',
  rebooking:
    'rebook | rebooked | rebooking | change fee | change my flight | reschedule | rescheduled | 改签 | 改签费 | 改期 | 签转 | 改航班 | 改时间',
  ticket_refund:
    'ticket refund | refund my ticket | non refundable ticket | 退票 | 退票费 | 退票手续费 | 退机票 | 退票规则',
  ticket: 'ticket | tickets | boarding pass | 车票 | 门票 | 船票 | 高铁票 | 火车票 | 登机牌 | 票价',
  customs:
    'customs | import duty | import duties | duties and taxes | customs fee | 关税 | 海关 | 清关 | 报关 | 税费 | 补税',
  train: 'train | trains | railway | rail | amtrak | 火车 | 高铁 | 动车 | 列车 | 铁路 | 火车站 | 站台',
  baggage:
    'baggage | luggage | suitcase | suitcases | checked bag | checked bags | 行李 | 托运 | 行李箱 | 拉杆箱 | 旅行箱 | 托运行李',
  baggage_lost:
    'lost luggage | lost baggage | baggage lost | luggage lost | delayed baggage | delayed luggage | bag never arrived | luggage never arrived | baggage claim | 行李丢失 | 行李丢了 | 行李没到 | 行李晚到 | 行李延误 | 行李找不到 | 行李不见了',
  seat: 'seat | seats | seating | seat assignment | 座位 | 选座 | 座椅 | 换座',
  room: 'room | rooms | 房间 | 客房 | 房型',
  booking:
    'booking | bookings | booked | reservation | reservations | reserved | 预订 | 订房 | 订票 | 预定 | 订了',
  booking_failed:
    'no record of my reservation | reservation not found | booking not found | reservation cancelled | booking cancelled | no room available | walked to another hotel | 到店无房 | 没有房间 | 满房 | 到店没房 | 订单不存在 | 没有预订记录 | 被取消预订 | 无房',
  bedding:
    'sheets | bedding | towels | linens | pillow | blanket | mattress | 床单 | 被子 | 床品 | 毛巾 | 枕头 | 床垫 | 被套',
  deposit_refund:
    'security deposit | deposit not returned | keep my deposit | kept my deposit | damage deposit | 押金 | 押金不退 | 退押金 | 押金没退 | 扣押金 | 扣了押金 | 定金 | 订金 | 保证金',
  tour: 'tour | tour guide | travel agency | forced shopping | package tour | 导游 | 旅行社 | 强制购物 | 强迫购物 | 购物店 | 低价团 | 跟团 | 旅游团 | 行程',
  detour:
    'detour | longer route | wrong route | took the long way | long way around | 绕路 | 绕远 | 绕道 | 故意绕路 | 绕远路 | 多绕',
  ride: 'ride | rides | taxi | cab | uber | lyft | 打车 | 网约车 | 出租车 | 车费 | 司机 | 滴滴 | 代驾',
  compensation_travel:
    'voucher instead | travel credit | meal voucher | hotel voucher | 食宿 | 安排住宿 | 餐券',

  // ── Cars and car service ─────────────────────────────────────────────────────────────────────
  rental:
    'rental car | car rental | rental company | rented | rental | 租车 | 还车 | 车损 | 租赁公司 | 租赁 | 租期 | 退租',
  parking: 'parking | parking fee | parking ticket | towing fee | 停车费 | 停车场 | 车位 | 停车位 | 罚单',
  construction:
    'contractor | renovation | remodel | remodeling | construction | workmanship | 装修 | 施工 | 工期 | 装修公司 | 偷工减料 | 返工 | 施工队 | 延期交付 | 交房',
  car_handover:
    'vehicle delivery | car not delivered | delivery of the vehicle | 提车 | 交车 | 迟迟不交车 | 交车延迟 | 提不到车 | 延迟交车',
  car: 'car | cars | vehicle | vehicles | truck | suv | automobile | 汽车 | 车辆 | 新车 | 爱车 | 私家车 | 轿车 | 电动车 | 新能源车',
  dealer: 'dealer | dealership | dealers | showroom | 经销商 | 专卖店 | 车行 | 汽车城',
  engine:
    'engine | motor | stalls | stalled engine | stalling | misfire | misfires | check engine | engine light | oil consumption | 发动机 | 引擎 | 烧机油 | 机油 | 熄火 | 抖动 | 发动机故障 | 故障灯 | 动力不足 | 启动不了 | 打不着火 | 点不着',
  transmission:
    'transmission | gearbox | shifting | shifts hard | jerks | jerking | slipping gears | 变速箱 | 顿挫 | 换挡 | 挂挡 | 挂不上挡 | 变速器 | 闯挡',
  brakes: 'brake | brakes | braking | brake failure | 刹车 | 制动 | 刹车失灵 | 刹不住 | 刹车片 | 刹车异响',
  tires: 'tyre | tyres | flat tire | 轮胎 | 爆胎 | 胎压 | 鼓包胎 | 轮毂 | tire pressure',
  recall: 'safety recall | 召回 | 召回通知 | recall notice | recalled vehicle',
  lemon: 'lemon | lemon law | buyback | buy back | 柠檬法 | 退车 | 换车 | 新车有问题 | 提车就有问题 | 刚提车',
  accident:
    'accident | accidents | collision | crash | crashed | rear ended | fender bender | 车祸 | 事故 | 交通事故 | 追尾 | 刮擦 | 出险 | 剐蹭 | 撞车 | 被撞',
  car_repair_shop:
    'body shop | mechanic | mechanics | garage | auto shop | 修理厂 | 维修厂 | 汽修 | 修车 | 维修站',
  maintenance:
    'maintenance | oil change | service appointment | scheduled service | 保养 | 首保 | 常规保养 | 换机油 | 保养费',

  // ── Insurance ────────────────────────────────────────────────────────────────────────────────
  insurance:
    'insurance | insurer | insured | insurance company | premium | premiums | policyholder | 保险 | 保单 | 保费 | 投保 | 保险公司 | 承保 | 险种',
  claim: 'claim | claims | 理赔 | 索赔 | 报案 | 报险 | 理赔申请 | 出险理赔',
  claim_denied:
    'claim denied | denied my claim | denied the claim | claim rejected | rejected my claim | refused to pay the claim | refused to pay my claim | claim was denied | not covered | coverage denied | denied coverage | 拒赔 | 不予理赔 | 不理赔 | 拒绝理赔 | 理赔被拒 | 不赔付 | 不给理赔 | 不在保障范围 | 免责条款 | 免责 | pre existing condition | preexisting condition | waiting period | 健康告知 | 未如实告知 | 既往症 | 等待期',
  claim_delay:
    'claim pending | claim delayed | slow claim | claim still open | claim has been pending | 理赔慢 | 理赔拖延 | 迟迟不理赔 | 理赔难 | 理赔一直 | 理赔还没 | 理赔款没到 | 迟迟不赔',
  claim_lowball:
    'lowball | low ball | lowballed | undervalued | total loss | 定损 | 定损太低 | 估价低 | 赔得太少 | 赔付太少 | 赔偿太低 | 补偿太低',
  mis_selling:
    'mis selling | misselling | sold me a policy | told me it was a savings | 误导销售 | 销售误导 | 夸大收益 | 存款变保险 | 以为是存款 | 说是理财 | 当成存款 | 承诺收益 | 保本保息 | 理财产品',
  surrender:
    'surrender | surrender charge | cancel the policy | cancel my policy | free look period | cooling off period | 退保 | 退保损失 | 犹豫期 | 现金价值 | 退保金',
  premium_increase: 'premium increase | premium increased | 保费上涨 | 续保涨价 | 保费涨 | 保费上调 | 续保',
  medical:
    'medical | hospital bill | medical bill | medical bills | doctor | 医疗 | 医疗费 | 医药费 | 看病 | 住院费 | 门诊',

  // ── Education and training ───────────────────────────────────────────────────────────────────
  course:
    'class | classes | lesson | lessons | session | sessions | 课程 | 课时 | 网课 | 上课 | 课程费 | 培训课 | 课包',
  tuition:
    'tuition | tuition fee | course fee | training fee | school fees | 学费 | 培训费 | 课时费 | 课程费用 | 报名费',
  school:
    'school | college | university | academy | training center | 学校 | 培训机构 | 培训班 | 辅导班 | 教育机构 | 校区',
  teacher:
    'teacher | teachers | instructor | instructors | tutor | tutors | coach | coaches | trainer | trainers | professor | 老师 | 教练 | 讲师 | 班主任 | 私教 | 助教 | 导师 | 教员',
  teacher_changed:
    'teacher left | instructor left | trainer left | coach left | changed teachers | kept changing teachers | instructor quit | 换老师 | 老师离职 | 频繁换老师 | 换了老师 | 离职 | 换教练 | teacher quit | tutor quit | coach quit | trainer quit',
  teaching_quality:
    'poor teaching | not qualified | unqualified | unprofessional instructor | did not teach | 教学质量 | 课程质量 | 照本宣科 | 内容水 | 敷衍教学 | 不认真 | 没效果 | 效果差 | 没有效果',
  remaining_classes:
    'remaining classes | remaining sessions | unused sessions | unused classes | unused lessons | prorated refund | pro rated | 剩余课时 | 剩余费用 | 剩下的课 | 没上的课 | 未消课时 | 退剩余 | 剩余课程 | 没上完 | 剩余的钱',
  training_loan: 'training loan | tuition loan | 培训贷 | 学费贷 | 分期学费 | 捆绑贷款 | 贷款交学费',
  guaranteed_result:
    'guaranteed job | job placement | guaranteed pass | money back guarantee | 包就业 | 保过 | 包过 | 不过退款 | 承诺包过 | 推荐就业 | 保证就业',
};

// A specific problem also counts as the thing it is about or the general problem it is a case of:
// "续航崩" says "battery" without the word, "退款没到账" is still about a refund.
const broader: Record<string, readonly string[]> = {
  battery_drain: ['battery'],
  battery_swelling: ['battery'],
  charging_failed: ['charger'],
  screen_defect: ['screen'],
  touch_failure: ['screen'],
  refund_delayed: ['refund'],
  refund_refused: ['refund'],
  partial_refund: ['refund'],
  return_refused: ['return'],
  double_charge: ['charge'],
  overcharge: ['charge'],
  unknown_charge: ['charge'],
  lost_parcel: ['lost'],
  baggage_lost: ['baggage'],
  delivery_late: ['late'],
  flight_delay: ['late'],
  flight_cancelled: ['cancel'],
  ticket_refund: ['refund'],
  claim_denied: ['claim'],
  claim_delay: ['claim'],
  card_fraud: ['unauthorized'],
  limit_decrease: ['credit_limit'],
  withdrawal_blocked: ['withdrawal'],
  cancel_blocked: ['cancel'],
  coupon_unusable: ['coupon'],
  price_increase: ['price'],
  price_drop: ['price'],
  price_error: ['price'],
  warranty_refused: ['warranty'],
  invoice_refused: ['invoice'],
  teacher_changed: ['teacher'],
  network_slow: ['network'],
  network_outage: ['network'],
  annual_fee: ['fee'],
  late_fee: ['fee'],
  termination_fee: ['fee'],
  hidden_fee: ['fee'],
};

function parseTerms(terms: string): string[] {
  return terms
    .split('|')
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}

/** The built-in entries, parsed from the table above, each broader concept also holding its narrower ones' terms. */
export const builtInTerms: readonly TermEntry[] = Object.entries(table).map(([concept, terms]) => {
  const own = parseTerms(terms);
  const inherited = Object.entries(broader)
    .filter(([, parents]) => parents.includes(concept))
    .flatMap(([child]) => parseTerms(table[child] ?? ''));
  return { concept, terms: [...new Set([...own, ...inherited])] };
});
