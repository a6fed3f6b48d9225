import { z } from './zod';

export const Role = z.enum(['viewer', 'analyst', 'coe_lead', 'admin']);
export type Role = z.infer<typeof Role>;

export const User = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: Role,
});
export type User = z.infer<typeof User>;

/** What each role may do; the server enforces it, the UI only hides what would be refused. */
export const ROLE_RANK: Record<Role, number> = { viewer: 0, analyst: 1, coe_lead: 2, admin: 3 };
export function hasRole(user: Pick<User, 'role'>, atLeast: Role): boolean {
  return ROLE_RANK[user.role] >= ROLE_RANK[atLeast];
}
