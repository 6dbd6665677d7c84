import type noticesZhCN from './notices.zh-CN';

/** The `notices` section in English; it must have exactly the shape of notices.zh-CN.ts. */
export default {
  title: 'Public notices',
  intro:
    'Notices of the office on officials and departments held accountable for inaction, slow or wrong action.',
  shortcut: 'Read the notices of officials and departments held accountable.',
  none: 'No notices yet',
  loadMore: 'Load more',
  publishedAt: 'Published {date}',
  back: 'Back to the notices',
  notFound: 'This notice does not exist or was withdrawn',
  items: 'Held accountable',
  decidedOn: 'Decided {date}',
  official: '{name}, {post}, {department}',
  officialNoPost: '{name}, {department}',
  types: {
    CRITICISM: 'Public criticism',
    ADMONITION: 'Admonishing talk',
    NO_HONOURS: 'Barred from awards',
    PARTY_DISCIPLINE: 'Party discipline',
    ADMINISTRATIVE_SANCTION: 'Administrative sanction',
    OTHER: 'Other',
  },
} satisfies typeof noticesZhCN;
