import type { enAccess } from './en-access.ts';

/** 登录、退出与“我是谁”（与 en-access.ts 键一致）。 */
export const zhAccess: typeof enAccess = {
  signIn: {
    title: '登录按灯系统',
    intro: '同样的伤害一再发生时，立即停线。请用工作邮箱登录。',
    email: '邮箱',
    password: '密码',
    submit: '登录',
    busy: '正在登录…',
    expired: '会话已结束。请重新登录，回到刚才的页面继续。',
    demo: '试用演示数据？所有演示人员都使用 README 中的密码登录，例如 xiao.lin@andon.example。',
  },
  password: {
    title: '设置你自己的密码',
    intro: '你使用临时密码登录。请先设置自己的密码：至少 12 个字符，不能包含你的名字或邮箱。',
    current: '临时（当前）密码',
    next: '新密码',
    repeat: '再次输入新密码',
    mismatch: '两次输入的新密码不一致。',
    submit: '保存密码',
    busy: '正在保存…',
  },
  session: {
    signedInAs: '当前用户：{{name}}（{{role}}）',
    signOut: '退出登录',
    roles: {
      agent: '一线客服',
      supplier_manager: '供应商管理',
      quality: '质量',
      verifier: '验收人',
      manager: '经理',
      director: '总监',
      admin: '管理员',
      supplier: '供应商',
      viewer: '只读',
    },
  },
};
