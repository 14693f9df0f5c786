// What a signed-in user's roles open in this app. The backend decides access (docs/security.md,
// "Roles and the routes they open"); this only keeps the app from offering pages that would be
// refused: nominals to casework roles, the audit trail to auditors.
import type { SessionUser } from '@/services/types'

export const AUDITOR = 'AUDITOR'
export const ADMINISTRATOR = 'ADMINISTRATOR'

/** Roles that work cases and so may read nominals (the backend's Role.CASEWORK). */
export const CASEWORK_ROLES: readonly string[] = [
  'POLICE_PRACTITIONER',
  'PROBATION_PRACTITIONER',
  'PRISON_PRACTITIONER',
  'OFFENDER_MANAGER',
  'VICTIM_LIAISON_OFFICER',
  'ANALYST',
  'MAPPA_CHAIR',
  'DTC_MEMBER',
]

/**
 * Responsible Authority casework roles (the backend's Role.RESPONSIBLE_AUTHORITY): conflicts, vetting,
 * maps, networks, meetings lists, statistics and suspect searches. */
export const RESPONSIBLE_AUTHORITY_ROLES: readonly string[] = CASEWORK_ROLES.filter((r) => r !== 'DTC_MEMBER')

type WithRoles = Pick<SessionUser, 'roles'> | null | undefined

/** True when the user has at least one of `roles`. */
export function hasAnyRole(user: WithRoles, roles: readonly string[]): boolean {
  return !!user && Array.isArray(user.roles) && user.roles.some((r) => roles.includes(r))
}

export function canReadNominals(user: WithRoles): boolean {
  return hasAnyRole(user, CASEWORK_ROLES)
}

export function isAuditor(user: WithRoles): boolean {
  return hasAnyRole(user, [AUDITOR])
}

export function isAdministrator(user: WithRoles): boolean {
  return hasAnyRole(user, [ADMINISTRATOR])
}

/**
 * Where `/` (and signing in without a `redirect`) takes the user: the nominals for anyone who works
 * cases, else the audit trail for auditors, else the account administration page.
 */
export function homePath(user: WithRoles): string {
  if (canReadNominals(user)) return '/nominals'
  if (isAuditor(user)) return '/audit'
  if (isAdministrator(user)) return '/administration'
  return '/nominals' // no known role: that page says "You do not have access"
}
