import { z } from './zod';
import { Role, User } from './me';

/** Sign-in. The server answers every failure the same way (401), so usernames cannot be probed. */
export const LoginRequest = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(1000),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const Username = z.string().regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, 'Lower-case letters, digits, dot, dash or underscore; 2 to 64 characters');

/** Long passphrases beat complexity rules; 12 characters is the floor, not the goal. */
export const Password = z.string().min(12, 'At least 12 characters').max(1000);

/** A user as administrators see it; never carries a password or hash. */
export const UserAccount = User.extend({
  disabled: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type UserAccount = z.infer<typeof UserAccount>;

export const NewUser = z.object({
  username: Username,
  displayName: z.string().trim().min(1).max(200),
  role: Role,
  password: Password,
});
export type NewUser = z.infer<typeof NewUser>;

export const UserPatch = z
  .object({
    displayName: z.string().trim().min(1).max(200).optional(),
    role: Role.optional(),
    password: Password.optional(),
    /** Disabling signs the user out everywhere; users are never deleted, so the audit log keeps its actors. */
    disabled: z.boolean().optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'Change at least one field' });
export type UserPatch = z.infer<typeof UserPatch>;

export const SignedOut = z.object({ status: z.literal('signed_out') });
