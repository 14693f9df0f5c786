import { onScopeDispose, ref, shallowRef, watch, type Ref, type ShallowRef, type WatchSource } from 'vue'
import { ApiError, isAbortError } from '@/services/api'

export interface ApiResource<T> {
  /** Last successfully loaded value; kept while a reload is in flight, cleared on error. */
  data: ShallowRef<T | null>
  /** The failure of the last load (usually an ApiError), or null. */
  error: ShallowRef<Error | null>
  loading: Ref<boolean>
  /** Load again (e.g. the "Try again" button). */
  reload: () => Promise<void>
}

/**
 * Loads data through an api.ts function, tracking loading and error state. When `key` is given the
 * load re-runs whenever it changes; a newer load aborts the older one, and leaving the component
 * aborts whatever is in flight, so a late answer never overwrites a newer one.
 */
export function useApiResource<T>(
  loader: (signal: AbortSignal) => Promise<T>,
  key?: WatchSource<unknown>,
): ApiResource<T> {
  const data = shallowRef<T | null>(null)
  const error = shallowRef<Error | null>(null)
  const loading = ref(false)
  let controller: AbortController | null = null

  async function reload(): Promise<void> {
    controller?.abort()
    const mine = new AbortController()
    controller = mine
    loading.value = true
    error.value = null
    try {
      const value = await loader(mine.signal)
      if (controller === mine) data.value = value
    } catch (e) {
      if (controller !== mine || isAbortError(e)) return
      // The session ended: the user is being taken to the sign-in page; show no error meanwhile.
      if (e instanceof ApiError && e.isSessionEnded) return
      data.value = null
      error.value = e instanceof Error ? e : new Error(String(e))
    } finally {
      if (controller === mine) loading.value = false
    }
  }

  if (key) watch(key, () => void reload(), { immediate: true })
  else void reload()

  onScopeDispose(() => controller?.abort())

  return { data, error, loading, reload }
}
