import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../credentials/password-rules.js';
import { ROLES } from '../../domain/access/roles.js';

export const roleSchema = z.enum(ROLES);

export const usernameSchema = z
  .string()
  .trim()
  .min(3, 'Tên đăng nhập cần ít nhất 3 ký tự')
  .max(50)
  .regex(/^[a-zA-Z0-9._-]+$/, 'Tên đăng nhập chỉ gồm chữ không dấu, số và . _ -');

/** The length only; the rest of the policy (common passwords, own names) is checked by the service. */
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự`)
  .max(PASSWORD_MAX_LENGTH, 'Mật khẩu quá dài');

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  roles: z.array(roleSchema),
  orgUnitId: z.string(),
  orgUnitName: z.string(),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
});

export const listUsersQuery = z.strictObject({ orgUnitId: z.uuid().optional() });

export const createUserBody = z.strictObject({
  username: usernameSchema,
  fullName: z.string().trim().min(1).max(200),
  email: z.email('Email không hợp lệ').nullish(),
  orgUnitId: z.uuid(),
  roles: z.array(roleSchema).min(1, 'Cần ít nhất một vai trò').max(6),
  password: passwordSchema,
});
export type CreateUserInput = z.infer<typeof createUserBody>;

export const updateUserBody = z.strictObject({
  fullName: z.string().trim().min(1).max(200).optional(),
  email: z.email('Email không hợp lệ').nullable().optional(),
  orgUnitId: z.uuid().optional(),
  roles: z.array(roleSchema).min(1).max(6).optional(),
});
export type UpdateUserInput = z.infer<typeof updateUserBody>;

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordSchema,
});

export const userIdParams = z.strictObject({ id: z.uuid() });
