import { defineComponent } from 'vue'
import {
  createRouter,
  createWebHistory,
  type LocationQueryRaw,
  type RouteLocationNormalized,
  type RouteRecordRaw,
  type Router,
  type RouterHistory,
} from 'vue-router'
import { ensureSession, sessionEnded, setNotice } from '@/composables/useSession'
import AdministrationPage from '@/pages/AdministrationPage.vue'
import AuditPage from '@/pages/AuditPage.vue'
import ConflictsPage from '@/pages/ConflictsPage.vue'
import NominalMapPage from '@/pages/NominalMapPage.vue'
import VettingPage from '@/pages/VettingPage.vue'
import NominalListPage from '@/pages/NominalListPage.vue'
import NominalProfilePage from '@/pages/NominalProfilePage.vue'
import NotFoundPage from '@/pages/NotFoundPage.vue'
import SearchPage from '@/pages/SearchPage.vue'
import MeetingsPage from '@/pages/MeetingsPage.vue'
import MeetingPage from '@/pages/MeetingPage.vue'
import BriefingPage from '@/pages/BriefingPage.vue'
import StatisticsPage from '@/pages/StatisticsPage.vue'
import SignInPage from '@/pages/SignInPage.vue'
import SuspectSearchPage from '@/pages/SuspectSearchPage.vue'
import InvestigationsPage from '@/pages/InvestigationsPage.vue'
import InvestigationPage from '@/pages/InvestigationPage.vue'
import { onSessionEnded } from '@/services/api'
import { ADMINISTRATOR, AUDITOR, CASEWORK_ROLES, RESPONSIBLE_AUTHORITY_ROLES, homePath } from '@/utils/roles'

declare module 'vue-router' {
  interface RouteMeta {
    /** Shown without a session (only the sign-in page). */
    public?: boolean
    /**
     * The page is for users with any of these roles; others see "You do not have access to this
     * page" instead (App.vue), and the page itself never loads. The API enforces the same rules.
     */
    roles?: readonly string[]
  }
}

/** The start page: the guard sends it on to the user's own start (utils/roles.ts homePath). */
export const HOME = '/'

export const routes: RouteRecordRaw[] = [
  // Never shown: the guard sends it on once it knows who is signed in.
  { path: '/', name: 'home', component: defineComponent({ name: 'HomeRedirect', render: () => null }) },
  { path: '/sign-in', name: 'sign-in', component: SignInPage, meta: { public: true } },
  { path: '/nominals', name: 'nominals', component: NominalListPage, meta: { roles: CASEWORK_ROLES } },
  { path: '/nominals/:id', name: 'nominal', component: NominalProfilePage, props: true, meta: { roles: CASEWORK_ROLES } },
  { path: '/nominals/:id/network', name: 'network', component: () => import('@/pages/NetworkPage.vue'), props: true, meta: { roles: RESPONSIBLE_AUTHORITY_ROLES } },
  { path: '/search', name: 'search', component: SearchPage, meta: { roles: CASEWORK_ROLES } },
  { path: '/nominals/:id/map', name: 'nominal-map', component: NominalMapPage, props: true, meta: { roles: RESPONSIBLE_AUTHORITY_ROLES } },
  { path: '/conflicts', name: 'conflicts', component: ConflictsPage, meta: { roles: RESPONSIBLE_AUTHORITY_ROLES } },
  { path: '/vetting', name: 'vetting', component: VettingPage, meta: { roles: RESPONSIBLE_AUTHORITY_ROLES } },
  { path: '/meetings', name: 'meetings', component: MeetingsPage, meta: { roles: RESPONSIBLE_AUTHORITY_ROLES } },
  { path: '/meetings/:id', name: 'meeting', component: MeetingPage, props: true, meta: { roles: CASEWORK_ROLES } },
  { path: '/meetings/:id/cases/:caseId', name: 'briefing', component: BriefingPage, props: true, meta: { roles: CASEWORK_ROLES } },
  { path: '/statistics', name: 'statistics', component: StatisticsPage, meta: { roles: RESPONSIBLE_AUTHORITY_ROLES } },
  { path: '/suspects', name: 'suspects', component: SuspectSearchPage, meta: { roles: RESPONSIBLE_AUTHORITY_ROLES } },
  { path: '/investigations', name: 'investigations', component: InvestigationsPage, meta: { roles: RESPONSIBLE_AUTHORITY_ROLES } },
  { path: '/investigations/:id', name: 'investigation', component: InvestigationPage, props: true, meta: { roles: RESPONSIBLE_AUTHORITY_ROLES } },
  { path: '/audit', name: 'audit', component: AuditPage, meta: { roles: [AUDITOR] } },
  { path: '/administration', name: 'administration', component: AdministrationPage, meta: { roles: [ADMINISTRATOR] } },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: NotFoundPage },
]

/**
 * Where to go after signing in: the `redirect` query if it is a path inside this app, else the
 * list. Anything that could leave the site ("//evil", "https://...", "/\evil") is ignored.
 */
export function safeRedirect(value: unknown): string {
  const v = Array.isArray(value) ? value[0] : value
  if (typeof v !== 'string' || !v.startsWith('/') || v.startsWith('//') || v.startsWith('/\\')) return HOME
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(v) || v === '/sign-in' || v.startsWith('/sign-in?') || v.startsWith('/sign-in#')) return HOME
  return v
}

/** The sign-in page's query for coming back to `to` afterwards (not needed for a start page). */
export function signInQuery(to: Pick<RouteLocationNormalized, 'fullPath' | 'path'>): LocationQueryRaw {
  return to.path === HOME || to.fullPath === '/nominals' ? {} : { redirect: to.fullPath }
}

/**
 * Every page but the sign-in page needs a session. The first navigation asks the server
 * (GET /api/session, once); later ones use what is known. A 401 from any API call later sends the
 * user to the sign-in page, which brings them back here afterwards.
 */
function guard(router: Router): void {
  router.beforeEach(async (to) => {
    let user
    try {
      user = await ensureSession()
    } catch {
      if (to.meta.public) return true
      setNotice('unavailable')
      return { name: 'sign-in', query: signInQuery(to) }
    }
    if (to.meta.public) return user && to.name === 'sign-in' ? safeRedirect(to.query.redirect) : true
    if (!user) return { name: 'sign-in', query: signInQuery(to) }
    // `/`: casework users to the nominals, auditors to the audit trail, administrators to theirs.
    if (to.name === 'home') return { path: homePath(user), replace: true }
    return true
  })

  onSessionEnded(() => {
    if (!sessionEnded()) return
    const here = router.currentRoute.value
    if (here.meta.public) return
    void router.push({ name: 'sign-in', query: signInQuery(here) })
  })
}

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior(to, from, savedPosition) {
      if (savedPosition) return savedPosition
      if (to.hash) return { el: to.hash }
      // Re-sorting or filtering the same page keeps the scroll position.
      if (to.path === from.path) return false
      return { top: 0 }
    },
  })
  guard(router)
  return router
}
