import { z } from 'zod';
import { userSchema } from '../users/users.schemas.js';

export const loginBody = z.strictObject({
  username: z.string().trim().min(1, 'Hãy nhập tên đăng nhập').max(100),
  password: z.string().min(1, 'Hãy nhập mật khẩu').max(200),
});

export const loginResponse = z.object({ user: userSchema });
export const csrfResponse = z.object({ token: z.string() });
export const meResponse = userSchema;
