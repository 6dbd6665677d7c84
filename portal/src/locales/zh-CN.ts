/** Simplified Chinese, the default language; its shape is the schema every other language must fill. */
const zhCN = {
  app: {
    name: '网格连心桥',
    tagline: '优化营商环境网格化服务平台',
    home: '网格连心桥首页',
    footer: '© {year} 网格连心桥 · 优化营商环境网格化服务平台',
    skipToContent: '跳到主要内容',
  },
  pages: {
    home: '首页',
    signIn: '登录',
    changePassword: '修改密码',
    mine: '我的',
    notFound: '页面不存在',
  },
  nav: {
    label: '主导航',
    home: '首页',
    mine: '我的',
    signIn: '登录',
  },
  locale: {
    switchTitle: '切换语言',
  },
  home: {
    eyebrow: '优化营商环境网格化服务平台',
    title: '企业有呼声，区里有回应',
    lead: '企业在生产经营中遇到的困难、问题、意见和建议，通过网格连心桥直达区优化办；优化办协调职能部门按时办理、答复，每一件都有据可查。',
    signIn: '企业用户、网格长登录',
    staffPrompt: '政府工作人员？',
    staffLink: '前往管理端',
    howTitle: '一件诉求怎样办',
    steps: {
      report: {
        title: '企业反映',
        body: '企业用户直接提交诉求，也可以由所在网格的网格长代为上报。',
      },
      coordinate: {
        title: '统筹交办',
        body: '区优化办受理后，交由职责范围内的职能部门承办。',
      },
      answer: {
        title: '按时答复',
        body: '部门在时限内办理并答复，超期自动督办，全程留痕。',
      },
    },
    audienceTitle: '为谁服务',
    audience: {
      enterprise: '本企业的诉求一处提交，办理进度和答复随时可查。',
      gridHead: '联系网格内的企业，代企业反映问题，掌握生产经营情况。',
    },
    greeting: '您好，{name}',
    roles: '身份',
    organisation: '所属单位',
    account: '账号与安全',
  },
  signIn: {
    title: '登录',
    subtitle: '企业用户、网格长请使用平台账号登录',
    identifier: '用户名或手机号',
    identifierPlaceholder: '请输入用户名或手机号',
    identifierRequired: '请输入用户名或手机号',
    password: '密码',
    passwordPlaceholder: '请输入密码',
    passwordRequired: '请输入密码',
    submit: '登录',
    submitting: '正在登录…',
    sessionExpired: '登录已过期，请重新登录',
    signInRequired: '请先登录后再访问该页面',
    staffPrompt: '政府工作人员请在管理端登录。',
    staffLink: '前往管理端',
  },
  password: {
    show: '显示密码',
  },
  changePassword: {
    title: '修改密码',
    forcedNotice: '为了账号安全，首次登录请先设置新密码，完成后即可继续使用。',
    current: '当前密码',
    currentPlaceholder: '请输入当前密码',
    currentRequired: '请输入当前密码',
    new: '新密码',
    newPlaceholder: '请输入新密码',
    confirm: '确认新密码',
    confirmPlaceholder: '请再次输入新密码',
    confirmMismatch: '两次输入的新密码不一致',
    policy: '至少 {min} 位，包含大写字母、小写字母、数字、符号中的至少三类',
    submit: '确认修改',
    submitting: '正在保存…',
    changed: '密码已修改',
    signOut: '退出登录',
  },
  mine: {
    accountTitle: '账号信息',
    username: '用户名',
    mobile: '手机号',
    organisation: '所属单位',
    notProvided: '未填写',
    securityTitle: '账号安全',
    changePassword: '修改密码',
    signOut: '退出登录',
    signingOut: '正在退出…',
    signedOut: '已退出登录',
  },
  notFound: {
    title: '页面不存在',
    body: '您访问的页面不存在或已被移除。',
    back: '返回首页',
  },
  errors: {
    network: '无法连接服务器，请检查网络后重试',
    forbidden: '您没有访问该页面的权限',
  },
};

export type MessageSchema = typeof zhCN;

export default zhCN;
