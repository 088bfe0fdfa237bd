import { z } from 'zod';
import { type Role, isRole } from './roles.js';

/**
 * A user's roles as stored (users.roles). A role name this version does not know (left by a newer
 * version, or removed) grants nothing rather than locking the user out.
 */
export const rolesSchema = z.array(z.string()).transform((roles): Role[] => roles.filter(isRole));
