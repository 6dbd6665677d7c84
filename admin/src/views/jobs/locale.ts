/*
 * The texts of the background-jobs page (后台任务), registered under `jobs` in both message roots.
 * The English object must have exactly the keys of the Chinese one.
 */
export const jobsZhCN = {
  title: '后台任务',
  description:
    '系统在后台运行的任务:短信/邮件发送、附件清理和逾期自动办结。失败的任务可以在这里重新运行,每次重试都记入审计日志。时间均为北京时间。',
  listLabel: '任务队列',
  refresh: '刷新',
  empty: '暂无后台任务队列',
  queues: {
    deliverMessage: {
      title: '短信/邮件发送',
      description: '每条短信或邮件一个任务;发送失败后按逐次加长的间隔自动重试。',
    },
    purgeUploads: {
      title: '清理未提交的附件',
      description: '删除上传后 7 天内未被任何诉求采用的附件。',
    },
    autoClose: {
      title: '逾期未评价自动办结',
      description: '企业在 7 天内未评价的答复自动办结。',
    },
    sealAudit: {
      title: '审计日志封链',
      description: '把已提交的审计记录依次链入防篡改的哈希链。',
    },
    exportFile: {
      title: '生成导出文件',
      description: '按用户的筛选条件在后台生成 Excel 导出文件。',
    },
    purgeExports: {
      title: '清理过期导出',
      description: '删除生成 24 小时后的导出文件，并结束卡住超过 2 小时的导出。',
    },
    supervisionScan: {
      title: '超时预警与电子监察',
      description:
        '每 5 分钟按工作日历检查各环节时限，亮黄牌、红牌并通知部门和优化办，记录疑似乱作为和投诉。',
    },
    conditionReminders: {
      title: '运行情况填报提醒',
      description:
        '每月截止日起，提醒尚未填报本月运行情况的企业，并把网格内未填报名单发给网格长；每家只提醒一次。',
    },
  },
  facts: {
    schedule: '执行计划',
    lastRun: '上次运行',
    nextRun: '下次运行',
  },
  counts: {
    queued: '排队中',
    active: '运行中',
    failed: '失败(7 天内)',
  },
  schedules: {
    onDemand: '随业务触发',
    everyMinute: '每分钟',
    everyMinutes: '每 {n} 分钟',
    hourlyOnTheHour: '每小时整点',
    hourlyAt: '每小时第 {minute} 分',
    dailyAt: '每天 {time}',
  },
  notYet: '尚未运行',
  none: '—',
  failures: '失败的任务',
  failuresShown: '显示最近 {shown} 条,共 {count} 条',
  noFailures: '没有失败的任务',
  columns: {
    failedAt: '失败时间',
    job: '任务编号',
    attempts: '已尝试',
    error: '错误信息',
    actions: '操作',
  },
  attempts: '{n} 次',
  retry: '重试',
  retryLabel: '重试 {failedAt} 失败的任务',
  retryTitle: '重试任务',
  retryConfirm: '确认重新运行「{queue}」中 {failedAt} 失败的任务?重试将记入审计日志。',
  retried: '任务已重新排队,稍后运行',
  retryGone: '该任务已被重试或已不存在,列表已刷新',
};

export const jobsEn = {
  title: 'Background jobs',
  description:
    'The work the system does in the background: SMS and e-mail delivery, upload clean-up and closing overdue evaluations. Failed jobs can be run again here; every retry is recorded in the audit log. Times are Beijing time.',
  listLabel: 'Job queues',
  refresh: 'Refresh',
  empty: 'No job queues',
  queues: {
    deliverMessage: {
      title: 'SMS and e-mail delivery',
      description: 'One job per SMS or e-mail; a failed delivery is tried again at growing intervals.',
    },
    purgeUploads: {
      title: 'Purge of unsubmitted uploads',
      description: 'Deletes uploads that no case took within 7 days.',
    },
    autoClose: {
      title: 'Auto-close of unevaluated replies',
      description: 'Closes replies the enterprise did not evaluate within 7 days.',
    },
    sealAudit: {
      title: 'Audit log sealing',
      description: 'Links committed audit entries, in order, into the tamper-evident hash chain.',
    },
    exportFile: {
      title: 'Write an export',
      description: 'Writes an Excel export of a user’s filtered list in the background.',
    },
    purgeExports: {
      title: 'Delete expired exports',
      description: 'Deletes exports 24 hours after they were written, and fails exports stuck for 2 hours.',
    },
    supervisionScan: {
      title: 'Deadline warnings and detection',
      description:
        'Every 5 minutes, checks each step against its deadline on the working calendar, raises yellow and red warnings to the department and the office, and records possible wrong action and complaints.',
    },
    conditionReminders: {
      title: 'Condition report reminders',
      description:
        'From the month’s due day on, reminds enterprises without this month’s condition report and sends grid heads their grid’s missing list; once each.',
    },
  },
  facts: {
    schedule: 'Schedule',
    lastRun: 'Last run',
    nextRun: 'Next run',
  },
  counts: {
    queued: 'Queued',
    active: 'Running',
    failed: 'Failed (7 days)',
  },
  schedules: {
    onDemand: 'As the work arises',
    everyMinute: 'Every minute',
    everyMinutes: 'Every {n} minutes',
    hourlyOnTheHour: 'Every hour on the hour',
    hourlyAt: 'Every hour at :{mm}',
    dailyAt: 'Every day at {time}',
  },
  notYet: 'Not yet',
  none: '—',
  failures: 'Failed jobs',
  failuresShown: 'Latest {shown} of {count} shown',
  noFailures: 'No failed jobs',
  columns: {
    failedAt: 'Failed',
    job: 'Job',
    attempts: 'Attempts',
    error: 'Error',
    actions: 'Actions',
  },
  attempts: '{n}',
  retry: 'Retry',
  retryLabel: 'Retry the job that failed at {failedAt}',
  retryTitle: 'Retry job',
  retryConfirm:
    'Run the job of “{queue}” that failed at {failedAt} once more? The retry is recorded in the audit log.',
  retried: 'The job is queued again and will run shortly',
  retryGone: 'That job was already retried or is gone; the list has been refreshed',
} satisfies typeof jobsZhCN;
