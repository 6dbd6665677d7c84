/*
 * The texts of the dispatch catalogue (派单目录) and the time limits (办理时限), registered under `dispatch` in both message roots. The English object must have
 * exactly the keys of the Chinese one.
 */
export const dispatchZhCN = {
  share: {
    title: '交办建议采纳率',
    period: '统计期间',
    lastDays: '近 {days} 天',
    none: '期间内没有交办。',
    detail: '期间交办 {assignments} 件,其中 {suggested} 件有推荐主办部门,{tookFirst} 件采用首选主办部门',
  },
  catalogue: {
    title: '派单目录',
    description:
      '按诉求分类列出事项及其主办、协办部门(依据部门“三定”职责)。交办时,系统据此和以往同类诉求的交办情况推荐承办部门。',
    viewOnly: '派单目录由优化办负责人维护,您可以查看。',
    listLabel: '派单事项',
    allCategories: '全部分类',
    create: '新增事项',
    createTitle: '新增派单事项',
    editTitle: '修改派单事项',
    created: '已新增事项「{name}」',
    updated: '已保存事项「{name}」',
    remove: '删除',
    removed: '已删除事项「{name}」',
    removeConfirm: '删除事项「{name}」?删除后交办建议不再参考它。',
    empty: '该分类下还没有事项',
    keywordsHint: '诉求标题或内容中出现这些词时,推荐本事项的部门;按回车添加',
    fields: {
      category: '诉求分类',
      name: '事项名称',
      description: '说明',
      keywords: '关键词',
      leadDepartmentId: '主办部门',
      coDepartmentIds: '协办部门',
    },
  },
  limits: {
    title: '办理时限',
    description:
      '各诉求分类、紧急程度下的办理时限(工作日)。未单独设置的按系统默认时限执行;修改只影响此后交办的诉求。',
    viewOnly: '办理时限由优化办负责人设置,您可以查看。',
    listLabel: '办理时限',
    editTitle: '设置办理时限:{category} · {priority}',
    saved: '已保存 {category} · {priority} 的办理时限',
    reset: '恢复默认',
    resetConfirm: '将 {category} · {priority} 恢复为默认时限?',
    resetDone: '已恢复默认时限',
    custom: '已设置',
    default: '默认',
    days: '{count} 个工作日',
    fields: {
      category: '诉求分类',
      priority: '紧急程度',
      sign: '签收',
      firstContact: '先行联系',
      reply: '答复',
      replyComplex: '复杂件答复',
      review: '审核',
      status: '状态',
    },
  },
};

export const dispatchEn: typeof dispatchZhCN = {
  share: {
    title: 'First suggestions taken',
    period: 'Period',
    lastDays: 'Last {days} days',
    none: 'Nothing was assigned in the period.',
    detail:
      'of {suggested} assignments with a suggested lead took the first one ({tookFirst}); {assignments} assignments in all',
  },
  catalogue: {
    title: 'Dispatch catalogue',
    description:
      'The matters of each case category with their lead and co-handling departments, by statutory duty. On assignment the system suggests departments from it and from how similar past cases were assigned.',
    viewOnly: 'The office leader keeps the dispatch catalogue; you can read it.',
    listLabel: 'Dispatch matters',
    allCategories: 'All categories',
    create: 'Add matter',
    createTitle: 'Add dispatch matter',
    editTitle: 'Edit dispatch matter',
    created: 'Added the matter {name}',
    updated: 'Saved the matter {name}',
    remove: 'Remove',
    removed: 'Removed the matter {name}',
    removeConfirm: 'Remove the matter {name}? Assignment suggestions will no longer use it.',
    empty: 'No matters in this category yet',
    keywordsHint:
      'A case whose title or content contains one of these words is pointed to this matter; press Enter to add',
    fields: {
      category: 'Category',
      name: 'Matter',
      description: 'Description',
      keywords: 'Keywords',
      leadDepartmentId: 'Lead department',
      coDepartmentIds: 'Co-departments',
    },
  },
  limits: {
    title: 'Time limits',
    description:
      'Working-day limits per case category and priority. Pairs not set here run on the system defaults; a change applies to cases assigned afterwards.',
    viewOnly: 'The office leader sets the time limits; you can read them.',
    listLabel: 'Time limits',
    editTitle: 'Time limits: {category} · {priority}',
    saved: 'Saved the time limits of {category} · {priority}',
    reset: 'Restore defaults',
    resetConfirm: 'Restore the default limits of {category} · {priority}?',
    resetDone: 'Default limits restored',
    custom: 'Set',
    default: 'Default',
    days: '{count} working days',
    fields: {
      category: 'Category',
      priority: 'Priority',
      sign: 'Sign',
      firstContact: 'First contact',
      reply: 'Reply',
      replyComplex: 'Reply (complex)',
      review: 'Review',
      status: 'Status',
    },
  },
};
