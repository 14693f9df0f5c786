import { onScopeDispose, watchEffect } from 'vue'

export const PRODUCT_NAME = 'Vigil'

export function pageTitle(title: string | null | undefined): string {
  return title ? `${title} – ${PRODUCT_NAME}` : PRODUCT_NAME
}

/** Keeps document.title in step with a page's own heading (WCAG 2.4.2). */
export function useDocumentTitle(title: () => string | null | undefined): void {
  const stop = watchEffect(() => {
    document.title = pageTitle(title())
  })
  onScopeDispose(stop)
}
