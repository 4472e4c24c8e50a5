/** Sign-in, sign-out and "who am I" in English (zh-CN-access.ts has the same keys). */
export const enAccess = {
  signIn: {
    title: 'Sign in to Andon',
    intro: 'Stop the line when customers are harmed again and again. Sign in with your work email.',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    busy: 'Signing in…',
    expired: 'Your session has ended. Sign in again to carry on where you were.',
    demo: 'Trying the demo? Every demo person signs in with the password in the README, e.g. xiao.lin@andon.example.',
  },
  password: {
    title: 'Choose your own password',
    intro:
      'You signed in with a temporary password. Choose your own before anything else: at least 12 characters, not your name or email.',
    current: 'Temporary (current) password',
    next: 'New password',
    repeat: 'New password again',
    mismatch: 'The two new passwords differ.',
    submit: 'Save my password',
    busy: 'Saving…',
  },
  session: {
    signedInAs: 'Signed in as {{name}} ({{role}})',
    signOut: 'Sign out',
    roles: {
      agent: 'agent',
      supplier_manager: 'supplier manager',
      quality: 'quality',
      verifier: 'verifier',
      manager: 'manager',
      director: 'director',
      admin: 'admin',
      supplier: 'supplier',
      viewer: 'viewer',
    },
  },
};
