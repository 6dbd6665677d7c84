/**
 * 消息, the notification centre of the portal. Registered as the `notifications`
 * section of zh-CN.ts; its shape is the schema of notifications.en.ts.
 */
const notificationsZhCN = {
  bell: '消息',
  bellUnread: '消息，{count} 条未读',
  title: '消息',
  intro: '诉求受理、补充材料、答复等办理进展会在这里通知您，新消息即时送达。',
  unreadSummary: '{count} 条未读',
  allRead: '全部已读',
  markAllRead: '全部标为已读',
  markRead: '标为已读',
  unread: '未读',
  viewCase: '查看诉求',
  empty: '暂无消息',
  emptyHint: '诉求有新进展时，我们会在这里通知您。',
  loadFailed: '消息加载失败',
  retry: '重试',
  loadMore: '加载更多',
  loadingMore: '加载中…',
  noMore: '没有更多了',
  markedAllRead: '已全部标为已读',
  newArrived: '收到新消息：{title}',
};

export default notificationsZhCN;
