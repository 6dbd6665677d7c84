/** The `notices` section: public notices 通报 of accountability, for anyone. */
export default {
  title: '问责通报',
  intro: '区优化办对损害营商环境的不作为、慢作为、乱作为问题作出的问责通报。',
  shortcut: '查看区优化办发布的问责通报。',
  none: '暂无问责通报',
  loadMore: '加载更多',
  publishedAt: '发布于 {date}',
  back: '返回通报列表',
  notFound: '该通报不存在或已撤回',
  items: '问责情况',
  decidedOn: '决定日期 {date}',
  official: '{department}{post}{name}',
  officialNoPost: '{department}{name}',
  types: {
    CRITICISM: '通报批评',
    ADMONITION: '诫勉谈话',
    NO_HONOURS: '取消评优评先资格',
    PARTY_DISCIPLINE: '党纪处分',
    ADMINISTRATIVE_SANCTION: '政纪处分',
    OTHER: '其他',
  },
};
