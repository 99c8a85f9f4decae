/**
 * Demo content for a fictional city, 临江市 (Linjiang). Plain data: the seed turns it into
 * documents. Deterministic: the same data on every run and every machine.
 */
import { seededRandom } from './random'

export type DemoDepartment = {
  code: string
  name: string
  nameEn: string
  shortName: string
  parent?: string
  website: string
  phone: string
  address: string
}

export const demoDepartments: DemoDepartment[] = [
  {
    code: '002489600',
    name: '临江市人民政府',
    nameEn: 'Linjiang Municipal People’s Government',
    shortName: '市政府',
    website: 'https://www.linjiang.gov.cn',
    phone: '0571-12345000',
    address: '临江市滨江大道1号',
  },
  {
    code: '002489618',
    name: '临江市人民政府办公室',
    nameEn: 'General Office of the Linjiang Municipal People’s Government',
    shortName: '市政府办公室',
    parent: '002489600',
    website: 'https://www.linjiang.gov.cn/bgs',
    phone: '0571-12345001',
    address: '临江市滨江大道1号',
  },
  {
    code: '002489626',
    name: '临江市发展和改革委员会',
    nameEn: 'Linjiang Development and Reform Commission',
    shortName: '市发展改革委',
    parent: '002489600',
    website: 'https://fgw.linjiang.gov.cn',
    phone: '0571-12345100',
    address: '临江市人民路18号',
  },
  {
    code: '002489634',
    name: '临江市市场监督管理局',
    nameEn: 'Linjiang Administration for Market Regulation',
    shortName: '市市场监管局',
    parent: '002489600',
    website: 'https://scjg.linjiang.gov.cn',
    phone: '0571-12345200',
    address: '临江市解放路66号',
  },
  {
    code: '002489642',
    name: '临江市生态环境局',
    nameEn: 'Linjiang Bureau of Ecology and Environment',
    shortName: '市生态环境局',
    parent: '002489600',
    website: 'https://sthjj.linjiang.gov.cn',
    phone: '0571-12345300',
    address: '临江市环城北路29号',
  },
]

/** Issuing-organ abbreviation used in document numbers (发文字号) per department. */
const docPrefix: Record<string, string> = {
  '002489600': '临政发',
  '002489618': '临政办发',
  '002489626': '临发改',
  '002489634': '临市监',
  '002489642': '临环发',
}

const subjects: Record<string, string[]> = {
  '002489600': [
    '进一步优化营商环境',
    '加快推进政务服务标准化规范化便利化',
    '促进民营经济高质量发展',
    '加强城市更新和老旧小区改造',
    '做好2025年度重点民生实事项目',
  ],
  '002489618': [
    '印发临江市政府信息公开工作要点',
    '规范行政规范性文件制定和备案管理',
    '进一步加强政务新媒体管理',
    '做好政务公开标准化规范化工作',
    '建立健全政务数据共享协调机制',
  ],
  '002489626': [
    '做好2025年重点建设项目前期工作',
    '进一步降低企业用能成本',
    '推进社会信用体系建设',
    '加强价格监测和价格调控',
    '推动数字经济和实体经济深度融合',
  ],
  '002489634': [
    '加强食品安全全过程监管',
    '推行市场主体登记全程电子化',
    '开展特种设备安全隐患排查整治',
    '加强知识产权保护',
    '规范涉企行政检查',
  ],
  '002489642': [
    '加强建设项目环境影响评价管理',
    '深入打好蓝天碧水净土保卫战',
    '推进排污许可制度改革',
    '加强危险废物规范化环境管理',
    '开展生态环境损害赔偿制度改革',
  ],
}

const genres = ['意见', '通知', '办法', '实施方案'] as const

export type DemoPolicy = {
  title: string
  summary: string
  department: string
  docNumber: string
  signedDate: string
  publishedAt: string
  paragraphs: string[]
  published: boolean
  topics?: string[]
  /** Index (into the returned list) of an older policy this one replaces. */
  supersedes?: number
}

/** 25 policies: 20 published, 5 drafts, spread over the five departments and 2024-2025. */
export function demoPolicies(): DemoPolicy[] {
  const random = seededRandom(20251126)
  const policies: DemoPolicy[] = []
  const sequence: Record<string, number> = {}
  let index = 0
  for (const department of demoDepartments) {
    for (const subject of subjects[department.code]!) {
      const genre = genres[index % genres.length]!
      const year = 2024 + (index % 2)
      const month = random.int(1, 12)
      const day = random.int(1, 28)
      const signed = new Date(Date.UTC(year, month - 1, day))
      const published = new Date(signed.getTime() + random.int(2, 15) * 86_400_000 + 9 * 3_600_000)
      const prefix = docPrefix[department.code]!
      sequence[`${prefix}${year}`] = (sequence[`${prefix}${year}`] ?? 0) + random.int(1, 9)
      const title = `${department.name}关于${subject}的${genre}`
      policies.push({
        title,
        summary: `为${subject}，结合本市实际，${department.shortName}制定本${genre}。`,
        department: department.code,
        docNumber: `${prefix}〔${year}〕${sequence[`${prefix}${year}`]}号`,
        signedDate: signed.toISOString().slice(0, 10),
        publishedAt: published.toISOString(),
        paragraphs: [
          `各区县人民政府，市政府各部门、各直属单位：`,
          `为深入贯彻落实党中央、国务院决策部署，${subject}，经${department.shortName}研究同意，现就有关事项${genre === '通知' ? '通知' : '提出'}如下。`,
          `一、总体要求。坚持以人民为中心的发展思想，坚持问题导向和目标导向，到${year + 2}年底，基本形成职责清晰、运行高效、公开透明的工作机制。`,
          `二、主要任务。各单位要明确责任分工，细化工作措施，建立工作台账，按季度报送进展情况；涉及群众切身利益的事项，应当依法公开征求意见。`,
          `三、保障措施。加强组织领导和督促检查，将落实情况纳入年度绩效考核。本${genre}自印发之日起施行，有效期5年。`,
        ],
        // Every fifth document is still a draft.
        published: index % 5 !== 4,
      })
      index += 1
    }
  }
  // A yearly document replaced by its successor: the older one ends up repealed, with a banner.
  const yearly = (year: number): DemoPolicy => ({
    title: `临江市人民政府办公室关于印发临江市${year}年政务公开工作要点的通知`,
    summary: `部署${year}年全市政务公开重点工作。`,
    department: '002489618',
    docNumber: `临政办发〔${year}〕${year === 2024 ? 8 : 6}号`,
    signedDate: `${year}-03-15`,
    publishedAt: `${year}-03-20T01:30:00.000Z`,
    paragraphs: [
      '各区县人民政府，市政府各部门、各直属单位：',
      `《临江市${year}年政务公开工作要点》已经市政府同意，现印发给你们，请认真贯彻落实。`,
      '一、围绕优化营商环境加强政务公开。二、围绕保障改善民生加强政务公开。三、加强政务公开平台建设。',
    ],
    published: true,
    topics: ['0101'],
  })
  policies.push(yearly(2024), { ...yearly(2025), supersedes: policies.length })
  return policies
}
