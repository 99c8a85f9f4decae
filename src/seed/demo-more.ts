/**
 * Demo content for every document type beyond policies: topics, regulations (one with two
 * amendments), interpretations, service procedures, licensing and penalty decisions for legal
 * and natural persons. Deterministic: fixed seeds, fixed dates.
 */
import { roundWan } from '../domain/amounts'
import { residentIdCheckChar } from '../domain/resident-id'
import { demoDepartments } from './demo-data'
import { seededRandom } from './random'

export const demoTopics: Array<{ code: string; name: string; nameEn: string; parent?: string }> = [
  { code: '01', name: '综合政务', nameEn: 'General government affairs' },
  { code: '0101', name: '政务公开', nameEn: 'Open government', parent: '01' },
  { code: '0102', name: '政务服务', nameEn: 'Government services', parent: '01' },
  { code: '02', name: '国民经济管理', nameEn: 'Economic management' },
  { code: '0201', name: '发展规划', nameEn: 'Development planning', parent: '02' },
  { code: '0202', name: '价格', nameEn: 'Prices', parent: '02' },
  { code: '03', name: '市场监管、安全生产监管', nameEn: 'Market and safety regulation' },
  { code: '0301', name: '食品药品监管', nameEn: 'Food and drug regulation', parent: '03' },
  { code: '0302', name: '知识产权', nameEn: 'Intellectual property', parent: '03' },
  { code: '04', name: '城乡建设、环境保护', nameEn: 'Urban development and environment' },
  { code: '0401', name: '环境监测、保护与治理', nameEn: 'Environmental protection', parent: '04' },
  { code: '0402', name: '城市规划', nameEn: 'Urban planning', parent: '04' },
  { code: '05', name: '劳动、人事、监察', nameEn: 'Labour and personnel' },
  { code: '06', name: '科技、教育', nameEn: 'Science and education' },
]

/** Topic codes a department's documents are filed under. */
export const departmentTopics: Record<string, string[]> = {
  '002489600': ['01', '0102'],
  '002489618': ['0101', '01'],
  '002489626': ['0201', '0202'],
  '002489634': ['0301', '0302'],
  '002489642': ['0401', '04'],
}

const day = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`

export type DemoRegulation = {
  title: string
  department: string
  docNumber: string
  genre: string
  signedDate: string
  effectiveDate: string
  publishedAt: string
  paragraphs: string[]
  amendments: Array<{
    kind: string
    decisionDocNumber: string
    decisionDate: string
    effectiveDate: string
    note: string
    paragraphs: string[]
  }>
  published: boolean
}

const regulationSubjects = [
  ['临江市城市市容和环境卫生管理规定', '002489600'],
  ['临江市政府信息公开实施办法', '002489618'],
  ['临江市行政规范性文件管理办法', '002489618'],
  ['临江市价格调节基金管理办法', '002489626'],
  ['临江市公共资源交易管理办法', '002489626'],
  ['临江市食品小作坊和食品摊贩管理办法', '002489634'],
  ['临江市电梯安全管理办法', '002489634'],
  ['临江市扬尘污染防治管理办法', '002489642'],
  ['临江市机动车排气污染防治条例实施细则', '002489642'],
  ['临江市城市绿化管理办法', '002489600'],
  ['临江市户外广告设施管理办法', '002489600'],
  ['临江市社会信用信息管理办法', '002489626'],
] as const

export function demoRegulations(): DemoRegulation[] {
  const random = seededRandom(20251127)
  return regulationSubjects.map(([title, department], i) => {
    const year = 2019 + (i % 6)
    const signed = day(year, random.int(1, 10), random.int(1, 28))
    const effective = day(year, Math.min(12, Number(signed.slice(5, 7)) + 2), 1)
    const subject = title.replace(/^临江市/, '')
    const paragraphs = [
      `第一条 为了规范${subject.replace(/(管理)?(规定|办法|条例实施细则)$/, '')}工作，根据有关法律、法规，结合本市实际，制定本${title.endsWith('规定') ? '规定' : '办法'}。`,
      `第二条 本市行政区域内的相关活动及其监督管理，适用本${title.endsWith('规定') ? '规定' : '办法'}。`,
      `第三条 市人民政府有关部门按照各自职责做好相关工作。`,
      `第四条 违反本${title.endsWith('规定') ? '规定' : '办法'}的，由有关部门依法处理。`,
    ]
    const amendments =
      i === 0
        ? [
            {
              kind: 'amendment',
              decisionDocNumber: '临江市人民政府令第12号',
              decisionDate: '2021-05-20',
              effectiveDate: '2021-07-01',
              note: '根据《临江市人民政府关于修改部分规章的决定》第一次修正',
              paragraphs: [
                ...paragraphs.slice(0, 3),
                '第四条 违反本规定的，由城市管理部门责令改正，可以处二百元以上一千元以下罚款。',
              ],
            },
            {
              kind: 'revision',
              decisionDocNumber: '临江市人民政府令第27号',
              decisionDate: '2024-10-15',
              effectiveDate: '2025-01-01',
              note: '2024年修订：增加生活垃圾分类有关规定',
              paragraphs: [
                ...paragraphs.slice(0, 3),
                '第四条 单位和个人应当按照规定分类投放生活垃圾。',
                '第五条 违反本规定的，由城市管理部门责令改正，可以处二百元以上二千元以下罚款。',
              ],
            },
          ]
        : []
    return {
      title,
      department,
      docNumber: `临江市人民政府令第${3 + i * 2}号`,
      genre: title.endsWith('规定')
        ? 'provisions'
        : title.endsWith('条例实施细则')
          ? 'rules'
          : 'measures',
      signedDate: signed,
      effectiveDate: effective,
      publishedAt: `${signed}T02:00:00.000Z`,
      paragraphs,
      amendments,
      published: i < 10,
    }
  })
}

export type DemoProcedure = {
  title: string
  department: string
  itemCode: string
  itemType: string
  serviceObjects: string[]
  legalBasis: Array<{ law: string; article: string; text: string }>
  materials: Array<{
    name: string
    source: string
    form: string
    copies: number
    required: boolean
  }>
  steps: Array<{ name: string; actor: string; timeLimit: string }>
  legalTimeLimit: number
  promisedTimeLimit: number
  charged: boolean
  onSiteVisits: number
  published: boolean
}

const procedureSubjects: Array<[string, string, string, string[]]> = [
  ['食品经营许可', '002489634', 'licensing', ['legal_person', 'natural_person']],
  ['特种设备使用登记', '002489634', 'licensing', ['legal_person']],
  ['个体工商户设立登记', '002489634', 'confirmation', ['natural_person']],
  ['企业名称自主申报', '002489634', 'public_service', ['legal_person']],
  ['建设项目环境影响报告书审批', '002489642', 'licensing', ['legal_person']],
  ['排污许可证核发', '002489642', 'licensing', ['legal_person']],
  ['危险废物经营许可', '002489642', 'licensing', ['legal_person']],
  ['企业投资项目备案', '002489626', 'public_service', ['legal_person']],
  ['固定资产投资项目节能审查', '002489626', 'licensing', ['legal_person']],
  ['政府信息公开申请', '002489618', 'public_service', ['natural_person', 'legal_person']],
  ['市长信箱来信办理', '002489618', 'public_service', ['natural_person', 'legal_person']],
]

export function demoProcedures(): DemoProcedure[] {
  return procedureSubjects.map(([title, department, itemType, serviceObjects], i) => ({
    title,
    department,
    itemCode: `33010${i % 2 ? '2' : '1'}${String(100 + i).padStart(4, '0')}000`,
    itemType,
    serviceObjects,
    legalBasis: [
      {
        law: itemType === 'licensing' ? '《中华人民共和国行政许可法》' : '《优化营商环境条例》',
        article: `第${12 + i}条`,
        text: '申请人应当如实向行政机关提交有关材料和反映真实情况，并对其申请材料实质内容的真实性负责。',
      },
    ],
    materials: [
      { name: `${title}申请表`, source: 'applicant', form: 'both', copies: 1, required: true },
      {
        name: '申请人身份证明',
        source: 'government',
        form: 'electronic',
        copies: 1,
        required: true,
      },
      { name: '其他相关证明材料', source: 'applicant', form: 'paper', copies: 1, required: false },
    ],
    steps: [
      { name: '受理', actor: '窗口工作人员', timeLimit: '即时' },
      { name: '审查', actor: '业务科室', timeLimit: `${3 + (i % 5)}个工作日` },
      { name: '决定', actor: '分管负责人', timeLimit: '2个工作日' },
      { name: '送达', actor: '窗口工作人员', timeLimit: '1个工作日' },
    ],
    legalTimeLimit: 20,
    promisedTimeLimit: 5 + (i % 6),
    charged: i === 6,
    onSiteVisits: i % 3 === 0 ? 0 : 1,
    published: i < 10,
  }))
}

const SURNAMES = ['张', '王', '李', '刘', '陈', '杨', '赵', '黄', '周', '吴', '欧阳']
const GIVEN = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '艳', '勇', '军', '杰', '娟']
const COMPANY_WORDS = [
  '恒达',
  '瑞丰',
  '江南',
  '新元',
  '华信',
  '宏远',
  '锦程',
  '明德',
  '安泰',
  '九洲',
  '临江',
  '嘉禾',
]
const COMPANY_KINDS = [
  '科技有限公司',
  '餐饮管理有限公司',
  '建筑工程有限公司',
  '商贸有限公司',
  '环保科技有限公司',
  '食品有限公司',
]
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'

export type DemoParty = {
  partyName: string
  partyType: 'legal_person' | 'individual_business' | 'natural_person'
  creditCode?: string
  legalRepresentative?: string
  idType?: string
  idNumber?: string
}

function party(
  random: ReturnType<typeof seededRandom>,
  natural: boolean,
  index: number,
): DemoParty {
  const person =
    random.pick(SURNAMES) + random.pick(GIVEN) + (random.next() < 0.5 ? random.pick(GIVEN) : '')
  if (natural) {
    const birth = day(1960 + random.int(0, 40), random.int(1, 12), random.int(1, 28)).replace(
      /-/g,
      '',
    )
    const first17 = `330102${birth}${String(random.int(1, 999)).padStart(3, '0')}`
    return {
      partyName: person,
      partyType: 'natural_person',
      idType: 'resident_id',
      idNumber: first17 + residentIdCheckChar(first17),
    }
  }
  let code = '91330100'
  while (code.length < 18) code += CODE_CHARS[random.int(0, CODE_CHARS.length - 1)]
  const individual = index % 5 === 3
  return {
    partyName: individual
      ? `临江市${random.pick(COMPANY_WORDS)}${person.slice(0, 1)}记小吃店`
      : `临江${random.pick(COMPANY_WORDS)}${random.pick(COMPANY_KINDS)}`,
    partyType: individual ? 'individual_business' : 'legal_person',
    creditCode: individual ? code.replace(/^91/, '92') : code,
    legalRepresentative: person,
  }
}

export type DemoLicensing = DemoParty & {
  department: string
  decisionDocName: string
  decisionNumber: string
  licenseCategory: string
  licenseName: string
  licenseNumber: string
  content: string
  decisionDate: string
  validFrom: string
  validUntil: string
  authority: string
  published: boolean
}

export function demoLicensing(): DemoLicensing[] {
  const random = seededRandom(20251128)
  const market = demoDepartments.find((d) => d.code === '002489634')!
  const env = demoDepartments.find((d) => d.code === '002489642')!
  return Array.from({ length: 13 }, (_, i) => {
    const dept = i % 3 === 2 ? env : market
    const decided = day(2025 + (i % 2), random.int(1, 10), random.int(1, 28))
    const validUntil = `${Number(decided.slice(0, 4)) + 5}${decided.slice(4)}`
    const food = dept === market
    return {
      ...party(random, i % 4 === 1, i),
      department: dept.code,
      decisionDocName: food ? '食品经营许可决定书' : '排污许可决定书',
      decisionNumber: `${food ? '临市监许' : '临环许'}〔${decided.slice(0, 4)}〕${100 + i}号`,
      licenseCategory: food ? 'general' : 'approval',
      licenseName: food ? '食品经营许可证' : '排污许可证',
      licenseNumber: `${food ? 'JY1330102' : '913301'}${String(20000 + i * 37).padStart(7, '0')}`,
      content: food
        ? '预包装食品销售（含冷藏冷冻食品）；热食类食品制售'
        : '排放大气污染物、水污染物，排放种类和限值按许可证副本执行',
      decisionDate: decided,
      validFrom: decided,
      validUntil,
      authority: dept.name,
      published: i < 12,
    }
  })
}

export type DemoPenalty = DemoParty & {
  department: string
  decisionNumber: string
  violationType: string
  violationFacts: string
  legalBasis: string
  penaltyCategories: string[]
  penaltyContent: string
  fineAmount: number
  confiscatedAmount: number
  decisionDate: string
  publicationEndDate: string
  authority: string
  published: boolean
}

const violations = [
  [
    '经营超过保质期的食品',
    '《中华人民共和国食品安全法》第一百二十四条第一款',
    ['fine', 'confiscate_income'],
  ],
  ['未按规定公示营业执照', '《市场主体登记管理条例》第四十八条', ['warning', 'fine']],
  ['超标排放大气污染物', '《中华人民共和国大气污染防治法》第九十九条', ['fine']],
  ['未取得特种设备使用登记即投入使用', '《中华人民共和国特种设备安全法》第八十四条', ['fine']],
  ['发布虚假广告', '《中华人民共和国广告法》第五十五条', ['fine', 'confiscate_income']],
] as const

export function demoPenalties(): DemoPenalty[] {
  const random = seededRandom(20251129)
  const market = demoDepartments.find((d) => d.code === '002489634')!
  const env = demoDepartments.find((d) => d.code === '002489642')!
  return Array.from({ length: 14 }, (_, i) => {
    const [violationType, legalBasis, cats] = violations[i % violations.length]!
    const categories: readonly string[] = cats
    const dept = violationType.includes('排放') ? env : market
    const decided = day(2025 + (i % 2), random.int(1, 10), random.int(1, 28))
    const fine = [0.2, 0.5, 1, 2, 3.5, 5, 10][random.int(0, 6)]!
    // One decision whose publication already ended: it must not appear publicly.
    const publicationEndDate =
      i === 5 ? '2025-12-31' : `${Number(decided.slice(0, 4)) + 3}${decided.slice(4)}`
    return {
      ...party(random, i % 3 === 1, i),
      department: dept.code,
      decisionNumber: `${dept === env ? '临环罚' : '临市监罚'}〔${decided.slice(0, 4)}〕${20 + i}号`,
      violationType,
      violationFacts: `经查，当事人存在${violationType}的行为，有现场检查笔录、询问笔录等证据证实。`,
      legalBasis,
      penaltyCategories: [...categories],
      penaltyContent: `${categories.includes('warning') ? '警告；' : ''}罚款人民币${fine}万元${categories.includes('confiscate_income') ? '；没收违法所得' : ''}。`,
      fineAmount: fine,
      confiscatedAmount: categories.includes('confiscate_income')
        ? roundWan(0.1 * (1 + (i % 3)))
        : 0,
      decisionDate: i === 5 ? '2025-01-10' : decided,
      publicationEndDate,
      authority: dept.name,
      published: i < 13,
    }
  })
}

export type DemoInterpretation = {
  title: string
  policyIndex: number
  form: 'text' | 'qa' | 'graphic'
  published: boolean
}

/** Interpretations of the first published policies (by index into demoPolicies()). */
export function demoInterpretations(
  policyTitles: string[],
): Array<DemoInterpretation & { paragraphs: string[] }> {
  return policyTitles.slice(0, 11).map((title, i) => ({
    title: `《${title}》政策解读`,
    policyIndex: i,
    form: i % 3 === 1 ? 'qa' : i % 3 === 2 ? 'graphic' : 'text',
    published: i < 10,
    paragraphs: [
      `一、起草背景。为贯彻落实上级决策部署，回应企业和群众关切，制定了《${title}》。`,
      '二、主要内容。文件明确了工作目标、重点任务和保障措施，提出了具体的时间表和责任分工。',
      '三、适用范围。本市行政区域内的相关单位和个人。',
      '四、解读机关及联系方式。如有疑问，请拨打12345政务服务便民热线咨询。',
    ],
  }))
}
