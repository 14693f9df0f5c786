// Vitest setup for unit tests (jsdom; e2e/*.spec.ts run in node and skip the browser parts).
import { beforeEach } from 'vitest'
import { resetSession } from '@/composables/useSession'

if (typeof window !== 'undefined') {
  // jsdom does not implement scrolling; the router's scrollBehavior calls it on navigation.
  window.scrollTo = () => {}
  Element.prototype.scrollIntoView = function scrollIntoView() {}
}

// Each test starts with nobody known to be signed in (the session store is module state).
beforeEach(() => {
  resetSession()
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear()
})
