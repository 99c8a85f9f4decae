/**
 * A deterministic synthetic corpus of Chinese government documents, for the search benchmark
 * (`npm run bench:search`) and for tests that need many realistic documents. Plain functions, no
 * database, no framework.
 *
 * Every document is built from its own PRNG, seeded from (seed, index): the same seed gives the
 * same documents on every run and machine, and document i can be built without the ones before
 * it. Prose comes from a vocabulary of a few thousand real words and phrases of government writing
 * (base words plus compounds of them), drawn with Zipf-like frequencies (rank r has weight
 * 1/(r + 2.7)), so a few terms occur in most documents and most terms in few; sentences carry
 * punctuation, dates, amounts, article numbers, citations of laws and document numbers (in every
 * bracket style), and now and then Latin (ISO9001, GB/T 2260, PM2.5, App).
 *
 * About 30,000 documents a second on one core (bodies of 300 to 3,000 characters).
 */

export type CorpusType =
  'policy' | 'regulation' | 'interpretation' | 'procedure' | 'licensing' | 'penalty'

export type CorpusValidity = 'valid' | 'expired' | 'repealed'

export interface CorpusDepartment {
  code: string
  name: string
  /** The parent's code (the tree's root has none). */
  parent: string | null
  /** Prefix of its document numbers (临政发, 临市监罚 …). */
  prefix: string
}

export interface CorpusTopic {
  code: string
  name: string
}

export interface CorpusDocument {
  /** Unique within a corpus: `bench-<seed>-<index>`. */
  key: string
  index: number
  type: CorpusType
  title: string
  /** One or two sentences (what the projection's summaryZh holds). */
  summary: string
  /** Plain text, 300 to 3,000 characters. */
  body: string
  /** As typed, bracket style varies: 临政发〔2017〕47号, 临市监罚[2024]118号 …; null for some types. */
  docNumber: string | null
  departmentCode: string
  /** 1 to 3 codes of CORPUS_TOPICS. */
  topicCodes: string[]
  /** Policies and regulations only. */
  validity: CorpusValidity | null
  /** ISO time, 2015-01-01 to 2026-10-31. */
  publishedAt: string
}

export interface CorpusOptions {
  count: number
  seed?: number
  /** First index (to resume or shard a stream); default 0. */
  start?: number
}

// ---------------------------------------------------------------------------------------------
// PRNG

/** A 32-bit hash of two integers (splitmix-style mixing): the seed of one document's PRNG. */
function mix(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35)) >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x7feb352d)
  h ^= h >>> 15
  h = Math.imul(h, 0x846ca68b)
  h ^= h >>> 16
  return h >>> 0
}

/** mulberry32: small, fast, good enough for text. Returns [0, 1). */
export function prng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Rng = () => number
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1))
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!

/** Walker's alias table: O(1) draws from a fixed discrete distribution. */
class Alias {
  private readonly prob: Float64Array
  private readonly alias: Int32Array
  constructor(weights: number[]) {
    const n = weights.length
    const sum = weights.reduce((a, b) => a + b, 0)
    const scaled = weights.map((w) => (w * n) / sum)
    this.prob = new Float64Array(n)
    this.alias = new Int32Array(n)
    const small: number[] = []
    const large: number[] = []
    scaled.forEach((p, i) => (p < 1 ? small : large).push(i))
    while (small.length && large.length) {
      const s = small.pop()!
      const l = large.pop()!
      this.prob[s] = scaled[s]!
      this.alias[s] = l
      scaled[l] = scaled[l]! + scaled[s]! - 1
      ;(scaled[l]! < 1 ? small : large).push(l)
    }
    for (const i of [...small, ...large]) this.prob[i] = 1
  }
  draw(rng: Rng): number {
    const i = Math.floor(rng() * this.prob.length)
    return rng() < this.prob[i]! ? i : this.alias[i]!
  }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

const words = (s: string) => s.split(/\s+/).filter(Boolean)

/** Nouns and noun phrases of government writing (the core of the vocabulary). */
const NOUNS = words(`
  行政许可 政府信息公开 营业执照 安全生产 市场监督管理 城乡规划 社会保障 行政处罚 行政复议 行政诉讼
  营商环境 政务服务 公共服务 生态环境 环境保护 食品安全 药品安全 特种设备 产品质量 知识产权
  消费者权益 价格监督 广告监测 计量器具 标准化 认证认可 检验检测 网络交易 电子商务 数字经济
  市场主体 个体工商户 小微企业 民营企业 国有企业 外商投资 招商引资 产业园区 高新技术 科技创新
  人才引进 就业创业 职业技能 劳动合同 劳动关系 工资支付 养老保险 医疗保险 失业保险 工伤保险
  生育保险 住房公积金 最低生活保障 特困人员 残疾人 老年人 未成年人 妇女儿童 退役军人 优抚对象
  城市管理 市容环境 园林绿化 道路交通 公共交通 轨道交通 停车设施 物业管理 住房保障 棚户区改造
  老旧小区 房屋征收 土地出让 耕地保护 基本农田 农村宅基地 集体经济 乡村振兴 农业农村 粮食安全
  水资源 防汛抗旱 河长制 水土保持 森林防火 自然保护区 大气污染 水污染 土壤污染 固体废物
  危险废物 排污许可 环境影响评价 节能减排 碳达峰 碳中和 清洁能源 新能源汽车 充电设施 燃气安全
  消防安全 应急预案 突发事件 自然灾害 地质灾害 应急救援 安全隐患 隐患排查 风险防控 疫情防控
  公共卫生 医疗机构 基层医疗 家庭医生 药品集中采购 医保基金 医疗救助 中医药 健康教育 卫生监督
  义务教育 学前教育 职业教育 高等教育 校外培训 教师队伍 学校安全 课后服务 招生考试 学籍管理
  文化市场 文物保护 非物质文化遗产 公共文化 旅游景区 体育设施 全民健身 广播电视 新闻出版 网络安全
  数据安全 个人信息 政务数据 数据共享 一网通办 一件事一次办 最多跑一次 不见面审批 电子证照 统一身份认证
  财政资金 专项资金 预算管理 政府采购 国有资产 税收优惠 减税降费 行政事业性收费 政府性基金 债务风险
  审计监督 统计调查 信用体系 失信惩戒 守信激励 信用修复 双随机一公开 联合惩戒 监管执法 综合执法
  执法检查 行政强制 行政确认 行政给付 行政裁决 行政奖励 行政征收 行政备案 权责清单 负面清单
  法律顾问 合法性审查 规范性文件 公平竞争审查 听证程序 信访 投诉举报 12345热线 政务公开 依申请公开
  主动公开 公开目录 政策解读 新闻发布 舆情回应 意见征集 建议提案 人大代表 政协委员 基层治理
  社区服务 网格化管理 志愿服务 社会组织 慈善事业 殡葬管理 婚姻登记 户籍管理 居住证 出入境
  交通违法 机动车 驾驶证 道路运输 出租汽车 网约车 共享单车 危险货物 超限超载 工程建设
  建筑施工 施工许可 竣工验收 工程质量 建筑市场 招标投标 造价管理 房地产市场 商品房预售 不动产登记
  测绘地理信息 国土空间规划 用地审批 建设用地 规划许可 历史文化街区 市政设施 供水供电 污水处理 垃圾分类
  农产品质量 动物防疫 植物检疫 种子管理 农药兽药 渔业资源 农机安全 高标准农田 家庭农场 农民专业合作社
  对外贸易 跨境电商 口岸管理 进出口 会展经济 商业网点 成品油 酒类流通 再生资源 单用途预付卡
  统计数据 国民经济 固定资产投资 社会消费品零售总额 居民收入 物价指数 重点项目 重大项目 项目审批 投资审批
  企业开办 注销登记 经营范围 注册资本 法定代表人 统一社会信用代码 经营场所 分支机构 年度报告 经营异常名录
  食品经营许可 食品生产许可 药品经营许可 医疗器械 化妆品 餐饮服务 集中用餐 网络餐饮 小作坊 小摊贩
  执业资格 职称评审 人事考试 事业单位 公务员 干部培训 绩效考核 督查检查 容错纠错 廉政建设
`)

/** Verbs and verb phrases. */
const VERBS = words(`
  加强 推进 落实 完善 健全 规范 优化 提升 强化 深化 推动 建立 实施 开展 组织 指导 监督 检查
  审查 核查 受理 办理 审批 备案 登记 注销 变更 延续 公示 公开 发布 印发 转发 制定 修订 废止
  执行 遵守 贯彻 协调 统筹 保障 支持 鼓励 引导 培育 扶持 服务 配合 衔接 整合 简化 压缩 取消
  下放 承接 委托 授权 明确 细化 严格 依法 按照 根据 结合 参照 适用 报送 提交 提供 出具 核发
  颁发 吊销 撤销 暂扣 没收 罚款 责令改正 警告 通报批评 约谈 立案 调查 取证 告知 陈述 申辩
  听证 送达 复核 评估 验收 抽查 检测 监测 预警 处置 整改 督办 考核 通报 表彰 奖励 问责
  申请 申报 补正 告知承诺 容缺受理 并联审批 联合验收 网上办理 跨省通办 就近办理 帮办代办 首问负责
`)

/** Adverbs, modifiers and connectives. */
const MODIFIERS = words(`
  进一步 全面 切实 认真 积极 稳妥 有序 持续 不断 及时 依法 严格 规范 科学 合理 有效 高效 便捷
  统一 集中 分级 分类 属地 综合 专项 重点 全市 全区 各级 有关 相关 本市 本区 辖区 各类 新型
  原则上 一律 确需 应当 可以 不得 必须 须 并 及 以及 或者 同时 此外 对于 关于 按照 经 由 向 在
`)

/** Suffixes that make compound phrases of nouns (安全生产 + 责任制 → 安全生产责任制). */
const SUFFIXES = words(`
  管理 工作 制度 机制 体系 服务 监管 标准 规划 项目 能力 水平 责任制 检查 改革 办法 平台 中心 目录 清单
`)

/** Bodies that act (the subjects of sentences). */
const ACTORS = words(`
  各区人民政府 市政府各部门 各有关单位 各级市场监督管理部门 县级以上人民政府 行政机关 申请人 当事人
  市场主体 经营者 生产经营单位 建设单位 施工单位 监理单位 医疗机构 学校 用人单位 社区居委会 村民委员会
  行业主管部门 执法人员 窗口工作人员 第三方机构 社会公众 新闻媒体
`)

/** Laws cited in bodies and penalty decisions. */
const LAWS = words(`
  中华人民共和国行政许可法 中华人民共和国行政处罚法 中华人民共和国政府信息公开条例 中华人民共和国食品安全法
  中华人民共和国安全生产法 中华人民共和国产品质量法 中华人民共和国广告法 中华人民共和国环境保护法
  中华人民共和国消防法 中华人民共和国城乡规划法 中华人民共和国社会保险法 中华人民共和国劳动合同法
  中华人民共和国药品管理法 中华人民共和国价格法 中华人民共和国反不正当竞争法 中华人民共和国电子商务法
  中华人民共和国大气污染防治法 中华人民共和国道路交通安全法 优化营商环境条例 市场主体登记管理条例
  医疗器械监督管理条例 化妆品监督管理条例 特种设备安全监察条例 建设工程质量管理条例
`)

/** Latin that government text really contains. */
const LATIN = words(`
  ISO9001 ISO14001 ISO45001 GB/T\u00a02260 GB/T\u00a019001 GB\u00a02760 GB\u00a014881 PM2.5 PM10 App APP
  5G IPv6 GDP CPI PPP EPC BIM CCC QS SC GMP GSP HACCP OA API PDF OFD Wi-Fi 4A 5A AAA
`)

const GENRES = words('通知 意见 办法 规定 决定 方案 细则 规则 实施意见 实施方案 指导意见 管理办法')

/** Shop names (字号) and trades of the parties of decisions. */
const BRAND = words(`
  华信 鑫源 恒达 瑞丰 天成 宏远 金诚 永安 兴盛 博雅 汇通 嘉禾 众创 长江 明珠 新锐 东方 万和 通达 德润
  富民 安康 盛世 和美 昌隆 锦程 荣华 广源 泰和 同仁 鼎盛 凯旋 顺发 佳美 友谊 绿源 蓝天 青松 星辰
`)
const TRADES = words(`
  科技有限公司 贸易有限公司 餐饮管理有限公司 建筑工程有限公司 食品有限公司 医药连锁有限公司 物流有限公司
  电子商务有限公司 环保科技有限公司 房地产开发有限公司 商贸有限公司 实业有限公司 酒店管理有限公司
  农业开发有限公司 机械制造有限公司 化工有限公司 小吃店 便利店 超市 药店 诊所 美容美发店 汽车修理厂
`)
const VIOLATIONS = words(`
  销售不符合食品安全标准的食品 未取得食品经营许可从事食品经营 发布虚假广告 未按规定公示年度报告
  使用未经检验的特种设备 生产销售不合格产品 价格违法 虚假宣传 无照经营 未落实安全生产责任制
  超标排放大气污染物 未批先建 违规处置危险废物 经营过期药品 不按规定明码标价 侵犯注册商标专用权
`)
const LICENCES = words(`
  食品经营许可证 食品生产许可证 药品经营许可证 建筑工程施工许可证 排污许可证 道路运输经营许可证
  医疗机构执业许可证 特种设备使用登记证 卫生许可证 取水许可证 建设工程规划许可证 公共场所卫生许可证
`)

const CN_DIGITS = '〇一二三四五六七八九'
function chineseNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n]!
  if (n < 20) return '十' + (n % 10 ? CN_DIGITS[n % 10] : '')
  if (n < 100) return CN_DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? CN_DIGITS[n % 10] : '')
  const rest = n % 100
  return (
    CN_DIGITS[Math.floor(n / 100)] +
    '百' +
    (rest === 0
      ? ''
      : rest < 10
        ? '零' + CN_DIGITS[rest]
        : rest < 20
          ? '一' + chineseNumber(rest)
          : chineseNumber(rest))
  )
}

/**
 * The vocabulary, in frequency rank order (rank 0 most frequent): base words first among
 * compounds, shuffled by a fixed seed so ranks do not follow the lists above.
 */
function buildVocabulary(): string[] {
  const rng = prng(20170047)
  const compounds: string[] = []
  for (const n of NOUNS) {
    // Each noun takes a few of the suffixes (which ones is fixed by the seed).
    for (const s of SUFFIXES) if (rng() < 0.4 && !n.endsWith(s)) compounds.push(n + s)
  }
  const base = [...new Set([...NOUNS, ...VERBS, ...MODIFIERS])]
  const shuffle = (list: string[]) => {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1))
      ;[list[i], list[j]] = [list[j]!, list[i]!]
    }
    return list
  }
  // Base words take most of the high ranks; compounds are the long tail.
  const head = shuffle(base)
  const tail = shuffle([...new Set(compounds)].filter((c) => !head.includes(c)))
  const out: string[] = []
  let h = 0
  let t = 0
  while (h < head.length || t < tail.length) {
    if (h < head.length && (t >= tail.length || rng() < 0.6)) out.push(head[h++]!)
    else out.push(tail[t++]!)
  }
  return out
}

/** Every word and phrase the prose draws from, most frequent first. */
export const VOCABULARY: readonly string[] = buildVocabulary()
const NOUN_SET = new Set([
  ...NOUNS,
  ...VOCABULARY.filter((w) => SUFFIXES.some((s) => w.endsWith(s))),
])
const VERB_SET = new Set(VERBS)
const vocabNouns = VOCABULARY.filter((w) => NOUN_SET.has(w))
const vocabVerbs = VOCABULARY.filter((w) => VERB_SET.has(w))
const zipf = (n: number) => new Alias(Array.from({ length: n }, (_, r) => 1 / (r + 2.7)))
const nounTable = zipf(vocabNouns.length)
const verbTable = zipf(vocabVerbs.length)
const modTable = zipf(MODIFIERS.length)
const noun = (rng: Rng) => vocabNouns[nounTable.draw(rng)]!
const verb = (rng: Rng) => vocabVerbs[verbTable.draw(rng)]!
const modifier = (rng: Rng) => MODIFIERS[modTable.draw(rng)]!

// ---------------------------------------------------------------------------------------------
// Departments and topics

const SHI = '临江市'
const CITY_DEPARTMENTS: Array<[string, string]> = [
  ['人民政府办公室', '临政办发'],
  ['发展和改革委员会', '临发改'],
  ['教育局', '临教发'],
  ['科学技术局', '临科发'],
  ['工业和信息化局', '临工信发'],
  ['公安局', '临公通'],
  ['民政局', '临民发'],
  ['司法局', '临司发'],
  ['财政局', '临财发'],
  ['人力资源和社会保障局', '临人社发'],
  ['自然资源和规划局', '临自然资规'],
  ['生态环境局', '临环发'],
  ['住房和城乡建设局', '临建发'],
  ['交通运输局', '临交发'],
  ['水务局', '临水发'],
  ['农业农村局', '临农发'],
  ['商务局', '临商务发'],
  ['文化和旅游局', '临文旅发'],
  ['卫生健康委员会', '临卫健发'],
  ['应急管理局', '临应急发'],
  ['审计局', '临审发'],
  ['市场监督管理局', '临市监'],
  ['统计局', '临统发'],
  ['医疗保障局', '临医保发'],
  ['城市管理局', '临城管发'],
  ['政务服务管理局', '临政务发'],
]
const DISTRICTS: Array<[string, string]> = [
  ['东城区', '临东'],
  ['西城区', '临西'],
  ['江北区', '临江北'],
]
const DISTRICT_DEPARTMENTS: Array<[string, string]> = [
  ['市场监督管理局', '市监'],
  ['生态环境分局', '环'],
  ['住房和城乡建设局', '建'],
]

function buildDepartments(): CorpusDepartment[] {
  let n = 0
  const code = () => String(113500000 + 7919 * n++).padStart(9, '0')
  const root: CorpusDepartment = {
    code: code(),
    name: `${SHI}人民政府`,
    parent: null,
    prefix: '临政发',
  }
  const out = [root]
  for (const [name, prefix] of CITY_DEPARTMENTS)
    out.push({ code: code(), name: `${SHI}${name}`, parent: root.code, prefix })
  for (const [district, p] of DISTRICTS) {
    const d: CorpusDepartment = {
      code: code(),
      name: `${SHI}${district}人民政府`,
      parent: root.code,
      prefix: `${p}政发`,
    }
    out.push(d)
    for (const [name, q] of DISTRICT_DEPARTMENTS)
      out.push({ code: code(), name: `${SHI}${district}${name}`, parent: d.code, prefix: p + q })
  }
  return out
}

/** ~40 departments: the city government, its departments, three districts with theirs. */
export const CORPUS_DEPARTMENTS: readonly CorpusDepartment[] = buildDepartments()

/** 30 topics (主题分类), flat. */
export const CORPUS_TOPICS: readonly CorpusTopic[] = words(`
  综合政务 国民经济管理 财政金融审计 国土资源能源 农业林业水利 工业交通 商贸海关旅游 市场监管
  安全生产监管 城乡建设 环境保护 科技教育 文化广电新闻出版 卫生健康 体育 人口与家庭 劳动人事
  公安安全司法 民政社会救助 民族宗教 对外事务 营商环境 政务公开 社会保障 医疗保障 应急管理
  城乡规划 数字政府 统计信息 其他
`).map((name, i) => ({ code: `T${String(i + 1).padStart(2, '0')}`, name }))

// Departments weighted: the market regulator and district regulators issue most decisions.
const deptTable = new Alias(
  CORPUS_DEPARTMENTS.map((d) => (d.name.includes('市场监督') ? 6 : d.parent === null ? 3 : 1)),
)
const topicTable = zipf(CORPUS_TOPICS.length)

// ---------------------------------------------------------------------------------------------
// Documents

const TYPES: CorpusType[] = [
  'licensing',
  'penalty',
  'policy',
  'procedure',
  'interpretation',
  'regulation',
]
const typeTable = new Alias([35, 25, 15, 10, 8, 7])
const BRACKETS: Array<[string, string]> = [
  ['〔', '〕'],
  ['[', ']'],
  ['（', '）'],
  ['(', ')'],
  ['【', '】'],
]
const bracketTable = new Alias([60, 15, 12, 8, 5])
const OTHER_PREFIXES = words(
  '国办发 国发 国函 京政发 沪府发 浙政办发 粤府 市监罚 市监注 财税 人社部发 环办',
)

/** A document number; `prefix` its agency code. The bracket style varies as typed in practice. */
export function docNumberOf(rng: Rng, prefix: string, year: number): string {
  const [open, close] = BRACKETS[bracketTable.draw(rng)]!
  const seq = rng() < 0.7 ? int(rng, 1, 60) : int(rng, 61, 999)
  return `${prefix}${open}${year}${close}${seq}号`
}

const START = Date.parse('2015-01-01T00:00:00Z')
const END = Date.parse('2026-10-31T00:00:00Z')

function dateText(rng: Rng, year: number): string {
  return `${year}年${int(rng, 1, 12)}月${int(rng, 1, 28)}日`
}

function amount(rng: Rng): string {
  const r = rng()
  if (r < 0.4) return `${int(rng, 1, 50) * 1000}元`
  if (r < 0.8) return `${(int(rng, 5, 2000) / 10).toFixed(1)}万元`
  return `人民币${int(rng, 1, 900)}万元`
}

function company(rng: Rng, district: string): string {
  return `${SHI}${rng() < 0.4 ? district : ''}${pick(rng, BRAND)}${pick(rng, TRADES)}`
}

const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
function creditCode(rng: Rng): string {
  let s = '9133'
  for (let i = 0; i < 14; i++) s += CODE_CHARS[Math.floor(rng() * CODE_CHARS.length)]
  return s
}

/** Text built from many small pieces, joined once (a chain of `+` is much slower to flatten). */
class Writer {
  parts: string[] = []
  size = 0
  push(...pieces: string[]): void {
    for (const p of pieces) {
      this.parts.push(p)
      this.size += p.length
    }
  }
  text(): string {
    return this.parts.join('')
  }
}

/** A noun phrase: one noun, or two joined directly, by 的, or as a list with 、. */
function nounPhrase(rng: Rng, w: Writer): void {
  const r = rng()
  if (r < 0.55) w.push(noun(rng))
  else if (r < 0.75) w.push(noun(rng), noun(rng))
  else if (r < 0.88) w.push(noun(rng), '的', noun(rng))
  else w.push(noun(rng), '、', noun(rng), '和', noun(rng))
}

/** One clause: verb + object, optionally with a modifier or an actor. */
function clause(rng: Rng, w: Writer): void {
  const r = rng()
  if (r < 0.45) {
    w.push(modifier(rng), verb(rng))
    nounPhrase(rng, w)
  } else if (r < 0.7) {
    w.push(verb(rng))
    nounPhrase(rng, w)
  } else if (r < 0.85) {
    w.push(pick(rng, ACTORS), rng() < 0.5 ? '应当' : '', verb(rng))
    nounPhrase(rng, w)
  } else {
    nounPhrase(rng, w)
    if (rng() < 0.5) w.push('由', pick(rng, ACTORS))
    w.push(verb(rng))
  }
}

/** Occasional facts in a sentence: dates, amounts, time limits, citations, Latin. */
function extra(rng: Rng, year: number): string {
  const r = rng()
  if (r < 0.2) return `自${dateText(rng, year)}起`
  if (r < 0.35) return `在${int(rng, 3, 30)}个工作日内`
  if (r < 0.5) return `依据《${pick(rng, LAWS)}》第${chineseNumber(int(rng, 1, 130))}条`
  if (r < 0.62)
    return `按照${docNumberOf(rng, pick(rng, OTHER_PREFIXES), int(rng, 2010, year))}文件要求`
  if (r < 0.72) return `资金${amount(rng)}`
  if (r < 0.82) return `比例不低于${int(rng, 5, 95)}%`
  if (r < 0.9) return `符合${pick(rng, LATIN)}要求`
  return `通过${SHI}政务服务${pick(rng, ['App', 'APP', '网站', '小程序', '自助终端'])}`
}

function sentence(rng: Rng, year: number, w: Writer): void {
  const n = int(rng, 1, 4)
  for (let i = 0; i < n; i++) {
    if (i) w.push('，')
    if (rng() < 0.18) w.push(extra(rng, year))
    clause(rng, w)
  }
  w.push(rng() < 0.85 ? '。' : '；')
}

function sentences(rng: Rng, year: number, n: number): string {
  const w = new Writer()
  for (let i = 0; i < n; i++) sentence(rng, year, w)
  return w.text()
}

/** Prose of about `length` characters (never more than `max`), in numbered parts for some types. */
function prose(
  rng: Rng,
  type: CorpusType,
  year: number,
  length: number,
  max: number,
  lead: string,
): string {
  const w = new Writer()
  w.push(lead)
  let article = 1
  const numbered = type === 'regulation' || type === 'policy'
  while (w.size < length) {
    if (numbered && rng() < 0.25)
      w.push(
        type === 'regulation'
          ? `第${chineseNumber(article++)}条\u3000`
          : `${chineseNumber(article++)}、`,
      )
    sentence(rng, year, w)
  }
  let text = w.text()
  if (text.length > max) text = text.slice(0, max - 1) + '。'
  return text
}

function bodyLength(rng: Rng, type: CorpusType): number {
  // Log-uniform on [300, 3000] skewed short; decisions are short, legal texts long.
  const u = rng()
  const skew =
    type === 'licensing' || type === 'penalty' ? 2.5 : type === 'interpretation' ? 1.5 : 1
  return Math.round(300 * Math.pow(10, Math.pow(u, skew)))
}

/** Document `index` of the corpus of `seed`. */
export function corpusDocument(seed: number, index: number): CorpusDocument {
  const rng = prng(mix(seed, index))
  const type = TYPES[typeTable.draw(rng)]!
  // Later years publish more (as portals grow): quadratic ramp over the time span.
  const at = START + Math.floor(Math.sqrt(rng()) * (END - START))
  const date = new Date(at)
  const year = date.getUTCFullYear()
  const publishedAt = date.toISOString()
  const department = CORPUS_DEPARTMENTS[deptTable.draw(rng)]!
  const district = /临江市(\S\S区)/.exec(department.name)?.[1] ?? ''
  const topics = new Set<string>()
  const nTopics = rng() < 0.55 ? 1 : rng() < 0.7 ? 2 : 3
  while (topics.size < nTopics) topics.add(CORPUS_TOPICS[topicTable.draw(rng)]!.code)
  const validity: CorpusValidity | null =
    type === 'policy' || type === 'regulation'
      ? rng() < 0.75
        ? 'valid'
        : rng() < 0.6
          ? 'expired'
          : 'repealed'
      : null
  const length = bodyLength(rng, type)
  let title: string
  let docNumber: string | null = null
  let lead: string
  const topicWriter = new Writer()
  nounPhrase(rng, topicWriter)
  const topic = topicWriter.text()
  switch (type) {
    case 'policy': {
      const genre = pick(rng, GENRES)
      title = `${department.name}关于${modifier(rng)}${verb(rng)}${topic}的${genre}`
      docNumber = docNumberOf(rng, department.prefix, year)
      lead = `各有关单位：为${verb(rng)}${topic}，${verb(rng)}${noun(rng)}，根据《${pick(rng, LAWS)}》等规定，结合本市实际，现就有关事项${genre === '通知' ? '通知' : '提出意见'}如下。`
      break
    }
    case 'regulation': {
      const name = `${SHI}${topic}${pick(rng, ['管理办法', '条例', '实施细则', '暂行规定', '管理规定'])}`
      title = name
      docNumber = docNumberOf(rng, department.prefix.replace(/发$/, '') + '规', year)
      lead = `第一条\u3000为了${verb(rng)}${topic}，${verb(rng)}${noun(rng)}，根据《${pick(rng, LAWS)}》，制定本办法。`
      break
    }
    case 'interpretation': {
      title = `《关于${verb(rng)}${topic}的${pick(rng, GENRES)}》政策解读`
      lead = `一、出台背景。${dateText(rng, year)}，${department.name}印发${docNumberOf(rng, department.prefix, year)}文件。`
      break
    }
    case 'procedure': {
      const item = pick(rng, LICENCES).replace(/证$/, '')
      title = `${item}（${pick(rng, ['新办', '变更', '延续', '注销', '补证'])}）办事指南`
      lead = `事项名称：${item}。实施主体：${department.name}。法定办结时限：${int(rng, 10, 30)}个工作日，承诺办结时限：${int(rng, 1, 9)}个工作日。咨询电话：0571-${int(rng, 8000_0000, 8999_9999)}。`
      break
    }
    case 'licensing': {
      const party = company(rng, district)
      const licence = pick(rng, LICENCES)
      title = `${party}${licence.replace(/证$/, '')}行政许可决定书`
      docNumber = docNumberOf(rng, department.prefix.replace(/发$/, '') + '许', year)
      lead = `行政相对人：${party}，统一社会信用代码：${creditCode(rng)}。经审查，申请人提交的申请材料齐全、符合法定形式，决定准予${licence.replace(/证$/, '')}，许可证编号：${pick(rng, ['JY', 'SC', 'YP', 'HB'])}${int(rng, 1000_0000, 9999_9999)}，有效期至${dateText(rng, year + 5)}。`
      break
    }
    case 'penalty': {
      const party = company(rng, district)
      const violation = pick(rng, VIOLATIONS)
      title = `${party}${violation}行政处罚决定书`
      docNumber = docNumberOf(rng, department.prefix.replace(/发$/, '') + '罚', year)
      lead = `当事人：${party}，统一社会信用代码：${creditCode(rng)}。经查，当事人${violation}，违反了《${pick(rng, LAWS)}》第${chineseNumber(int(rng, 10, 150))}条的规定。决定给予警告，并处罚款${amount(rng)}，没收违法所得${amount(rng)}。`
      break
    }
  }
  const body = prose(rng, type, year, length, 3000, lead)
  const summary = sentences(rng, year, rng() < 0.5 ? 1 : 2)
  return {
    key: `bench-${seed}-${index}`,
    index,
    type,
    title,
    summary,
    body,
    docNumber,
    departmentCode: department.code,
    topicCodes: [...topics],
    validity,
    publishedAt,
  }
}

/** Documents start … start+count-1 of the corpus of `seed`, one at a time (nothing kept). */
export function* generateCorpus({
  count,
  seed = 1,
  start = 0,
}: CorpusOptions): Generator<CorpusDocument> {
  for (let i = start; i < start + count; i++) yield corpusDocument(seed, i)
}

/** The calendar years documents are published in. */
export const CORPUS_YEARS = {
  from: new Date(START).getUTCFullYear(),
  to: new Date(END).getUTCFullYear(),
}

// ---------------------------------------------------------------------------------------------
// Queries

export type QueryKind =
  'char' | 'word2' | 'word3-4' | 'word5-6' | 'and' | 'phrase' | 'exclude' | 'docNumber' | 'latin'

export interface CorpusFilters {
  type?: CorpusType[]
  department?: string[]
  includeChildren?: 'true' | 'false'
  topic?: string
  validity?: CorpusValidity
  year?: number
}

export interface CorpusQuery {
  kind: QueryKind
  q: string
  /** Filters for the filtered pass (always one or two). */
  filters: CorpusFilters
}

const QUERY_MIX: Array<[QueryKind, number]> = [
  ['char', 20],
  ['word2', 50],
  ['word3-4', 40],
  ['word5-6', 20],
  ['and', 25],
  ['phrase', 15],
  ['exclude', 10],
  ['docNumber', 10],
  ['latin', 10],
]

/**
 * `count` search queries (default 200, in the proportions of QUERY_MIX, interleaved) drawn from
 * the vocabulary (half by frequency, half uniformly, so both common and rare terms are asked) and
 * from the first `corpusSize` documents of the corpus (document numbers re-typed in another
 * bracket style, phrases cut from bodies), each with one or two filters for the filtered pass.
 */
export function generateQueries({
  seed = 1,
  corpusSize,
  count = 200,
}: {
  seed?: number
  corpusSize: number
  count?: number
}): CorpusQuery[] {
  const rng = prng(mix(seed, 0x5ea4c4))
  const vocabTable = zipf(VOCABULARY.length)
  const word = (test: (w: string) => boolean) => {
    for (;;) {
      const w =
        rng() < 0.5
          ? VOCABULARY[vocabTable.draw(rng)]!
          : VOCABULARY[int(rng, 0, VOCABULARY.length - 1)]!
      if (test(w)) return w
    }
  }
  const cjkLen = (w: string) => (/^\p{Script=Han}+$/u.test(w) ? [...w].length : 0)
  const doc = () => corpusDocument(seed, int(rng, 0, Math.max(0, Math.min(corpusSize, 5000) - 1)))
  const total = QUERY_MIX.reduce((a, [, n]) => a + n, 0)
  const kinds: QueryKind[] = []
  for (const [kind, n] of QUERY_MIX)
    for (let i = 0; i < Math.round((n * count) / total); i++) kinds.push(kind)
  while (kinds.length < count) kinds.push('word2')
  kinds.length = count
  // Interleave kinds (a fixed shuffle) so any prefix of the list is a fair sample.
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1))
    ;[kinds[i], kinds[j]] = [kinds[j]!, kinds[i]!]
  }
  const substring = (text: string, n: number) => {
    const runs = text.match(/\p{Script=Han}+/gu)?.filter((r) => r.length >= n) ?? []
    if (!runs.length) return null
    const run = pick(rng, runs)
    const at = int(rng, 0, run.length - n)
    return run.slice(at, at + n)
  }
  const out: CorpusQuery[] = []
  for (const kind of kinds) {
    let q: string
    switch (kind) {
      case 'char': {
        const w = word((w) => cjkLen(w) >= 2)
        q = pick(rng, [...w])
        break
      }
      case 'word2': {
        const w = word((w) => cjkLen(w) >= 2)
        const at = rng() < 0.6 ? 0 : int(rng, 0, w.length - 2)
        q = w.slice(at, at + 2)
        break
      }
      case 'word3-4':
        q = word((w) => cjkLen(w) >= 3 && cjkLen(w) <= 4)
        break
      case 'word5-6':
        q =
          rng() < 0.5
            ? word((w) => cjkLen(w) >= 5 && cjkLen(w) <= 6)
            : (substring(doc().body, int(rng, 5, 6)) ?? word((w) => cjkLen(w) >= 5))
        break
      case 'and':
        q = `${word((w) => cjkLen(w) >= 2)} ${word((w) => cjkLen(w) >= 2)}`
        break
      case 'phrase': {
        const d = doc()
        q =
          rng() < 0.5
            ? `"${substring(d.body, int(rng, 4, 6)) ?? word((w) => cjkLen(w) >= 4)}"`
            : `"${word((w) => cjkLen(w) >= 2)} ${word((w) => cjkLen(w) >= 2)}"`
        break
      }
      case 'exclude':
        q = `${word((w) => cjkLen(w) >= 2)} -${word((w) => cjkLen(w) >= 2)}`
        break
      case 'docNumber': {
        let number: string | null = null
        while (!number) number = doc().docNumber
        // Re-typed in another bracket style, as people do.
        const [open, close] = pick(
          rng,
          BRACKETS.filter(([o]) => !number!.includes(o)),
        )
        q = number.replace(/[〔[（(【](\d{4})[〕\]）)】]/, `${open}$1${close}`)
        break
      }
      case 'latin':
        q = pick(rng, [
          'ISO9001',
          'PM2.5',
          '"GB/T 2260"',
          'App',
          '5G',
          'GDP',
          'ISO14001 认证',
          'HACCP',
          'IPv6',
          'OFD',
        ])
        break
    }
    out.push({ kind, q, filters: queryFilters(rng) })
  }
  return out
}

function queryFilters(rng: Rng): CorpusFilters {
  const f: CorpusFilters = {}
  const n = rng() < 0.6 ? 1 : 2
  const choices = ['type', 'department', 'year', 'validity', 'topic'] as const
  const chosen = new Set<(typeof choices)[number]>()
  while (chosen.size < n) chosen.add(pick(rng, choices))
  for (const c of chosen) {
    if (c === 'type') {
      f.type = [TYPES[typeTable.draw(rng)]!]
      if (rng() < 0.3)
        f.type.push(
          pick(
            rng,
            TYPES.filter((t) => t !== f.type![0]),
          ),
        )
    } else if (c === 'department') {
      const d = CORPUS_DEPARTMENTS[deptTable.draw(rng)]!
      f.department = [d.code]
      if (CORPUS_DEPARTMENTS.some((c) => c.parent === d.code) && rng() < 0.7)
        f.includeChildren = 'true'
    } else if (c === 'year') f.year = int(rng, CORPUS_YEARS.from + 3, CORPUS_YEARS.to)
    else if (c === 'validity')
      f.validity = pick(rng, ['valid', 'valid', 'expired', 'repealed'] as const)
    else f.topic = CORPUS_TOPICS[topicTable.draw(rng)]!.code
  }
  return f
}
