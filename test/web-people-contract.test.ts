import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { ApiToken, CreatedToken, CreateTokenBody } from '#server/modules/tokens/tokens.schema.ts';
import type {
  CreatedUser,
  CreateUserBody,
  ResetPasswordBody,
  UpdateUserBody,
  User,
} from '#server/modules/users/users.schema.ts';
import type * as People from '../web/src/api/people-types.ts';

type Out<T extends z.ZodType> = z.infer<T>;
type In<T extends z.ZodType> = z.input<T>;

/** The Users and API tokens settings and the API agree (checked by `tsc`, as web-api-contract.test.ts). */
describe('the people settings and the API agree', () => {
  it('reads what the API sends', () => {
    expectTypeOf<Out<typeof User>>().toExtend<People.User>();
    expectTypeOf<Out<typeof CreatedUser>>().toExtend<People.CreatedUser>();
    expectTypeOf<Out<typeof ApiToken>>().toExtend<People.ApiToken>();
    expectTypeOf<Out<typeof CreatedToken>>().toExtend<People.CreatedToken>();
  });

  it('sends what the API accepts', () => {
    expectTypeOf<People.CreateUser>().toExtend<In<typeof CreateUserBody>>();
    expectTypeOf<People.UpdateUser>().toExtend<In<typeof UpdateUserBody>>();
    expectTypeOf<People.ResetPassword>().toExtend<In<typeof ResetPasswordBody>>();
    expectTypeOf<People.CreateToken>().toExtend<In<typeof CreateTokenBody>>();
  });
});
