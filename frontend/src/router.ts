import { createRouter, createWebHistory, type RouteRecordRaw, type RouterHistory } from 'vue-router'
import NominalListPage from '@/pages/NominalListPage.vue'
import NominalProfilePage from '@/pages/NominalProfilePage.vue'
import NotFoundPage from '@/pages/NotFoundPage.vue'

export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/nominals' },
  { path: '/nominals', name: 'nominals', component: NominalListPage },
  { path: '/nominals/:id', name: 'nominal', component: NominalProfilePage, props: true },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: NotFoundPage },
]

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  return createRouter({
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
}
