import type { Kysely } from 'kysely';
import type { Role } from '#domain/access.ts';
import type { Database } from '../../db/schema.ts';
import { hashPassword } from '../auth/credentials.ts';
import { createUser, findUserByEmail, findUserByRef } from '../users/users.service.ts';
import type { Run } from './demo.stories.ts';

/** Every demo person signs in with this password (README: "Demo users"). Never use it for real people. */
export const DEMO_PASSWORD = 'pull-the-cord';

/** The stories' people, as users: their refs are the ones the stories record them by. */
export const demoPeople: { ref: string; name: string; role: Role; email?: string; supplier?: true }[] = [
  { ref: 'admin', name: 'Admin / 管理员', role: 'admin' },
  { ref: 'xiao.lin', name: '小林 / Xiao Lin', role: 'agent' },
  { ref: 'zhang.wei', name: '张伟 / Zhang Wei', role: 'agent' },
  { ref: 'li.na', name: '李娜 / Li Na', role: 'agent' },
  { ref: 'chen.jing', name: '陈静 / Chen Jing', role: 'agent' },
  { ref: 'manager.zhao', name: '赵经理 / Manager Zhao', role: 'manager' },
  { ref: 'manager.qian', name: '钱经理 / Manager Qian', role: 'manager' },
  { ref: 'manager.lu', name: '陆经理 / Manager Lu', role: 'manager' },
  { ref: 'manager.gao', name: '高经理 / Manager Gao', role: 'manager' },
  { ref: 'director.sun', name: '孙总监 / Director Sun', role: 'director' },
  { ref: 'zheng.hui', name: '郑辉 / Zheng Hui', role: 'supplier_manager' },
  { ref: 'auditor.ma', name: '马审核 / Auditor Ma', role: 'supplier_manager' },
  { ref: 'qa.zhou', name: '周工 / Zhou (quality engineer)', role: 'quality' },
  { ref: 'verifier.he', name: '何验收 / He (verifier)', role: 'verifier' },
  { ref: 'mystery.shopper', name: '神秘顾客 / Mystery shopper', role: 'verifier' },
  { ref: 'wang.fang', name: '王芳 / Wang Fang (Everbright Press)', role: 'supplier', email: 'wang.fang@everbright-press.example', supplier: true },
];

/** The email a demo person signs in with. */
export function demoEmail(person: { ref: string; email?: string }): string {
  return person.email ?? `${person.ref}@andon.example`;
}

/** Adds the demo people who are not there yet (the publisher's account manager as a supplier user of it). */
export async function addDemoPeople(run: Run, db: Kysely<Database>, publisherId: string): Promise<number> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let added = 0;
  for (const person of demoPeople) {
    const email = demoEmail(person);
    if ((await findUserByRef(db, person.ref)) || (await findUserByEmail(db, email))) continue;
    await run(
      (tx) =>
        createUser(tx, { ref: person.ref, email, name: person.name, role: person.role, organisationId: person.supplier ? publisherId : null, passwordHash, mustChangePassword: false }),
      'demo',
    );
    added++;
  }
  return added;
}
