import { computed, readonly, ref, type ComputedRef, type Ref } from 'vue'

/**
 * THE place where login plugs in.
 *
 * There is no authentication yet, so the session is always null and nothing in the UI pretends
 * otherwise. When login arrives: load the session here (e.g. GET /api/session through
 * services/api.ts), keep it in `current`, and add the sign-in / sign-out links to AppHeader.vue,
 * which already renders the user's name when `session` is non-null. API calls already send
 * same-origin credentials (cookies).
 */
export interface SessionUser {
  id: string
  displayName: string
}

export interface Session {
  user: SessionUser
}

const current = ref<Session | null>(null)

export function useSession(): {
  session: Readonly<Ref<Session | null>>
  isSignedIn: ComputedRef<boolean>
} {
  return {
    session: readonly(current) as Readonly<Ref<Session | null>>,
    isSignedIn: computed(() => current.value !== null),
  }
}
