// The signed-in user, shared by the whole app (a tiny store: module-level state).
//
// - At start the router guard calls ensureSession() once: GET /api/session says who is signed in
//   (and gives the CSRF token, which services/api.ts keeps in memory). Nothing polls the API: the
//   server's idle timeout must see only what the user does.
// - signIn()/signOut() wrap POST/DELETE /api/session.
// - When any API call answers 401, api.ts calls sessionEnded() (wired in router.ts), which forgets
//   the user and leaves a notice for the sign-in page.
// - sessionStorage holds one flag, "was signed in in this tab" (never a token or user data), so
//   that a reload after the session timed out can say "Your session has ended" rather than nothing.
import { computed, readonly, shallowRef, type ComputedRef, type Ref } from 'vue'
import {
  fetchSession,
  onSessionInfo,
  setCsrfToken,
  signIn as apiSignIn,
  signOut as apiSignOut,
  type Credentials,
} from '@/services/api'
import type { SessionUser } from '@/services/types'

export type { SessionUser } from '@/services/types'

/** Why the sign-in page is shown, when it is not simply the first visit. */
export type SessionNotice = 'session-ended' | 'signed-out' | 'unavailable'

export const NOTICE_TEXT: Record<SessionNotice, string> = {
  'session-ended': 'Your session has ended. Sign in again.',
  'signed-out': 'You have signed out.',
  unavailable: 'Vigil could not check whether you are signed in. Check your connection, then sign in.',
}

const FLAG = 'vigil.signedIn'

const user = shallowRef<SessionUser | null>(null)
const notice = shallowRef<SessionNotice | null>(null)
/** Set once GET /api/session has answered (200 or 401); a failed check is tried again. */
let checked = false
let checking: Promise<SessionUser | null> | null = null

onSessionInfo((info) => {
  user.value = info.user
  checked = true
})

function flag(value: boolean): void {
  try {
    if (value) sessionStorage.setItem(FLAG, '1')
    else sessionStorage.removeItem(FLAG)
  } catch {
    // storage switched off: only the reload message is lost
  }
}
function flagged(): boolean {
  try {
    return sessionStorage.getItem(FLAG) === '1'
  } catch {
    return false
  }
}

/**
 * Who is signed in: asks GET /api/session the first time, then answers from memory. Throws (an
 * ApiError) only when the server could not say, e.g. no connection; the next call asks again.
 */
export function ensureSession(): Promise<SessionUser | null> {
  if (checked) return Promise.resolve(user.value)
  checking ??= fetchSession()
    .then((info) => {
      checked = true
      if (info) {
        flag(true)
        return info.user
      }
      user.value = null
      if (flagged()) {
        flag(false)
        notice.value = 'session-ended'
      }
      return null
    })
    .finally(() => {
      checking = null
    })
  return checking
}

export async function signIn(credentials: Credentials): Promise<SessionUser> {
  const info = await apiSignIn(credentials)
  user.value = info.user
  checked = true
  notice.value = null
  flag(true)
  return info.user
}

/** DELETE /api/session; throws (keeping the session) if the server could not be told. */
export async function signOut(): Promise<void> {
  await apiSignOut()
  forget('signed-out')
}

/**
 * An API call answered 401: the session is over. Returns false if it was already known to be
 * (several calls in flight can each see the 401).
 */
export function sessionEnded(): boolean {
  if (user.value === null) return false
  forget('session-ended')
  return true
}

function forget(why: SessionNotice): void {
  user.value = null
  checked = true
  setCsrfToken(null)
  flag(false)
  notice.value = why
}

export function setNotice(value: SessionNotice | null): void {
  notice.value = value
}

/** Back to "nothing known": for unit tests. */
export function resetSession(): void {
  user.value = null
  notice.value = null
  checked = false
  checking = null
  setCsrfToken(null)
  flag(false)
}

export function useSession(): {
  user: Readonly<Ref<SessionUser | null>>
  isSignedIn: ComputedRef<boolean>
  notice: Readonly<Ref<SessionNotice | null>>
  noticeText: ComputedRef<string | null>
  signIn: typeof signIn
  signOut: typeof signOut
} {
  return {
    user: readonly(user) as Readonly<Ref<SessionUser | null>>,
    isSignedIn: computed(() => user.value !== null),
    notice: readonly(notice) as Readonly<Ref<SessionNotice | null>>,
    noticeText: computed(() => (notice.value ? NOTICE_TEXT[notice.value] : null)),
    signIn,
    signOut,
  }
}
