// What the chair's forms share: the backend checks everything and answers a 400 with what is wrong,
// which goes to the ErrorSummary (focused, so it is read out) and next to its field; while a request
// runs the form is "saving". Bind `summary` as the ErrorSummary's ref.
import { computed, ref } from 'vue'
import type ErrorSummary from '@/components/ErrorSummary.vue'
import type { FormError } from '@/components/ErrorSummary.vue'
import { ApiError } from '@/services/api'
import { GENERAL, byField, recordProblems } from '@/utils/recordProblems'

/**
 * `fieldOf` says which field a 400's message is about, for endpoints that answer one problem at a
 * time; without it the message is split into its problems (utils/recordProblems).
 */
export function useServerForm(fieldOf?: (message: string) => string) {
  const errors = ref<FormError[]>([])
  const fieldErrors = computed(() => byField(errors.value))
  const summary = ref<InstanceType<typeof ErrorSummary> | null>(null)
  const saving = ref(false)

  async function show(list: FormError[]): Promise<void> {
    errors.value = list
    await summary.value?.focus()
  }

  function problems(e: unknown): FormError[] {
    const text = e instanceof Error ? e.message : 'It could not be saved.'
    if (!(e instanceof ApiError) || e.status !== 400) return [{ field: GENERAL, text }]
    return fieldOf ? [{ field: fieldOf(text), text }] : recordProblems(text)
  }

  /** Runs a save; true when it went through, else its problems are shown. */
  async function save(run: () => Promise<void>): Promise<boolean> {
    errors.value = []
    saving.value = true
    try {
      await run()
      return true
    } catch (e) {
      await show(problems(e))
      return false
    } finally {
      saving.value = false
    }
  }

  return { errors, fieldErrors, summary, saving, show, save }
}
