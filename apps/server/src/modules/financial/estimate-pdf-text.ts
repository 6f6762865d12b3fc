// The words of the estimate PDF in the portal's two languages. The PDF is made on the server, so
// it has its own small catalogue; the web app's financial.json holds the same meanings on screen.
import type { EstimateLanguage } from './estimates.contracts.ts';

export interface PdfText {
  title: string;
  subtitle: string;
  version: string;
  reference: string;
  course: string;
  summaryTitle: string;
  total: string;
  insurance: string;
  assistance: string;
  youPay: string;
  monthTitle: string;
  columnWhat: string;
  components: Readonly<Record<string, string>>;
  notCovered: string;
  selfPay: string;
  assistanceTitle: string;
  demo: string;
  estimateNote: string;
  ackTitle: string;
  ackLine: string;
  notAcknowledged: string;
  who: Readonly<Record<'patient' | 'caregiver' | 'staff-on-behalf', string>>;
  languages: Readonly<Record<string, string>>;
  fontFallback: string;
  page: string;
}

export const PDF_TEXT: Readonly<Record<EstimateLanguage, PdfText>> = {
  en: {
    title: 'Estimate of what you will pay',
    subtitle: '{drug} for {name}',
    version: 'Version {version}, presented {date}',
    reference: 'Reference {fingerprint}',
    course: 'Therapy from {start} for {days} days',
    summaryTitle: 'For the whole course',
    total: 'Cost of care',
    insurance: 'Insurance pays',
    assistance: 'Financial assistance',
    youPay: 'You pay',
    monthTitle: '{month}: you pay {amount}',
    columnWhat: 'What',
    components: {
      drug: 'The medicine',
      'per-diem': 'Pharmacy services, supplies and equipment (per day)',
      'professional-services': 'Nurse visits',
      pump: 'Infusion pump',
      supplies: 'Infusion supplies',
    },
    notCovered: '(not covered by insurance)',
    selfPay: '(self-pay)',
    assistanceTitle: 'Assistance applied',
    demo: 'Demo pricing: these prices are examples, not real prices.',
    estimateNote:
      'This is an estimate based on your insurance benefits as verified. What you pay can change if your benefits, the therapy plan or the claims turn out differently.',
    ackTitle: 'Acknowledgement',
    ackLine: '{who} confirmed reviewing this estimate on {date} ({language}).',
    notAcknowledged: 'Not acknowledged yet.',
    who: {
      patient: 'The patient ({name})',
      caregiver: 'A caregiver ({name})',
      'staff-on-behalf': 'Staff on the patient’s behalf ({name})',
    },
    languages: { en: 'English', 'zh-CN': 'Simplified Chinese' },
    fontFallback:
      'No Chinese font is installed on the server, so this copy is in English. Ask us for a Chinese copy.',
    page: 'Page {n} of {m}',
  },
  'zh-CN': {
    title: '您需要支付的费用估算',
    subtitle: '{name}的{drug}治疗',
    version: '第{version}版,提供日期:{date}',
    reference: '参考编号 {fingerprint}',
    course: '治疗自{start}起,共{days}天',
    summaryTitle: '整个疗程',
    total: '医疗费用',
    insurance: '保险支付',
    assistance: '经济援助',
    youPay: '您需支付',
    monthTitle: '{month}:您需支付{amount}',
    columnWhat: '项目',
    components: {
      drug: '药物',
      'per-diem': '药房服务、用品和设备(按日计费)',
      'professional-services': '护士上门服务',
      pump: '输液泵',
      supplies: '输液用品',
    },
    notCovered: '(保险不承保)',
    selfPay: '(自费)',
    assistanceTitle: '已使用的援助',
    demo: '演示价格:这些价格仅为示例,并非真实价格。',
    estimateNote:
      '这是根据已核实的保险福利做出的估算。如果您的保险福利、治疗计划或理赔结果有所不同,您实际支付的金额可能会变化。',
    ackTitle: '确认记录',
    ackLine: '{who}于{date}确认已查看此估算({language})。',
    notAcknowledged: '尚未确认。',
    who: {
      patient: '患者本人({name})',
      caregiver: '照护者({name})',
      'staff-on-behalf': '工作人员代患者确认({name})',
    },
    languages: { en: '英文', 'zh-CN': '简体中文' },
    fontFallback: '',
    page: '第{n}页,共{m}页',
  },
};

export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
