import { ROLES } from '@recordroom/people';
import { z } from 'zod';

export const signInSchema = z.strictObject({
  email: z.string().trim().min(1, 'Enter your email address').max(320),
  password: z.string().min(1, 'Enter your password').max(1024),
});
export type SignInDto = z.infer<typeof signInSchema>;
/** What a client sends to POST /api/auth/sign-in. */
export type SignInBody = z.input<typeof signInSchema>;

export const currentUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  organisationId: z.uuid(),
  organisationName: z.string(),
  departmentId: z.uuid().nullable(),
  departmentName: z.string().nullable(),
  staffMemberId: z.uuid().nullable(),
});
/** The signed-in person, as GET /api/auth/me and POST /api/auth/sign-in return them (`{ user }`). */
export type CurrentUserDto = z.infer<typeof currentUserSchema>;
