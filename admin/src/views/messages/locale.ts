/*
 * The texts of 消息 (the notification centre) and 短信/邮件发送记录, registered under
 * `notifications` in both message roots. The English object must have exactly the keys of the
 * Chinese one.
 */
export const notificationsZhCN = {
  bell: '消息',
  bellUnread: '消息,{count} 条未读',
  title: '消息',
  description: '新诉求待受理、企业补充材料等需要您处理的事项会在这里通知,新消息即时送达。',
  unreadSummary: '{count} 条未读',
  allRead: '全部已读',
  markAllRead: '全部标为已读',
  markRead: '标为已读',
  markedAllRead: '已全部标为已读',
  unread: '未读',
  read: '已读',
  viewCase: '查看诉求',
  refresh: '刷新',
  empty: '暂无消息',
  columns: {
    status: '状态',
    title: '标题',
    body: '内容',
    createdAt: '时间',
    actions: '操作',
  },
  sent: {
    title: '短信/邮件发送记录',
    description:
      '系统发出的短信和邮件。当前使用记录发送方式:消息不经短信或邮件服务商发出,而是完整记录在此,供演示和核对。',
    channel: '渠道',
    allChannels: '全部渠道',
    channels: { SMS: '短信', EMAIL: '邮件' },
    empty: '暂无发送记录',
    columns: {
      sentAt: '发送时间',
      channel: '渠道',
      recipient: '接收方',
      content: '内容',
    },
  },
};

export const notificationsEn = {
  bell: 'Messages',
  bellUnread: 'Messages, {count} unread',
  title: 'Messages',
  description:
    'New cases to accept, supplements from enterprises and other things for you to act on are announced here as they happen.',
  unreadSummary: '{count} unread',
  allRead: 'All read',
  markAllRead: 'Mark all as read',
  markRead: 'Mark as read',
  markedAllRead: 'All messages marked as read',
  unread: 'Unread',
  read: 'Read',
  viewCase: 'View case',
  refresh: 'Refresh',
  empty: 'No messages yet',
  columns: {
    status: 'Status',
    title: 'Title',
    body: 'Message',
    createdAt: 'Time',
    actions: 'Actions',
  },
  sent: {
    title: 'SMS and e-mail sent',
    description:
      'The SMS and e-mail the system sent. The recording sender is in use: messages do not go to an SMS or mail provider but are kept here in full, for demonstrations and checks.',
    channel: 'Channel',
    allChannels: 'All channels',
    channels: { SMS: 'SMS', EMAIL: 'E-mail' },
    empty: 'Nothing sent yet',
    columns: {
      sentAt: 'Sent',
      channel: 'Channel',
      recipient: 'Recipient',
      content: 'Content',
    },
  },
} satisfies typeof notificationsZhCN;
