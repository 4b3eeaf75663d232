import type { EventRule } from './rule.ts';

const POST = String.raw`(?:董事长|副?总经理|副?总裁|首席[\p{Script=Han}]{2,4}官|CEO|CFO|行长|董事|监事|财务总监|董秘|董事会秘书|法人|主席)`;

export const appointment: EventRule = {
  id: 'event/zh/executive-appointment',
  eventType: 'executive_change',
  lang: 'zh',
  trigger: new RegExp(String.raw`(?:免去|免除|罢免|任命|聘任|聘请|委任|选举|提名)(?<subject>[^,。;]{1,20}?)(?:为|担任|出任)?[^,。;]{0,20}?${POST}`, 'dgu'),
  subjects: ['person'],
  entityObject: true,
  examples: [
    {
      text: '中国华融党委研究建议，免去华融信托董事长沈易明的职务。',
      publishedAt: '2018-09-20',
      expect: [{ eventType: 'executive_change', subject: '沈易明' }],
    },
  ],
  negatives: ['董事会将择期选举新的董事长。'],
};

export const departure: EventRule = {
  id: 'event/zh/executive-departure',
  eventType: 'executive_change',
  lang: 'zh',
  trigger: new RegExp(
    String.raw`(?:辞去|辞任|卸任|离任|接任|出任|升任|获任|当选|被任命为|将担任|不再担任|不再出任)[^,。;]{0,20}?${POST}|${POST}(?<subject>[^,。;]{1,8}?)(?:因[^,。;]{0,8}?)?(?:辞职|离职)`,
    'dgu',
  ),
  subjects: ['person'],
  examples: [
    { text: '2月3日，公司收到董事长郁亮的辞职报告，郁亮辞去万科董事长职务。', expect: [{ eventType: 'executive_change', subject: '郁亮', date: '2025-02-03' }] },
  ],
  negatives: ['公司将尽快选聘新任董事长。', '公司员工离职率有所下降。', '董事长助理的离职手续已办妥。'],
};
