// The backend lists every problem of a meeting form in one 400 message, joined by "; " (docs/api.md,
// "Meetings"): "action 1: dueDate must be ...; disclosure 2: reason ...". This splits it and says
// which field of the form each problem is about, so the ErrorSummary links to it and the field
// shows it. Field ids follow the forms: dec-0-decision, act-0-owner, lc-level, dis-0-recipient, att-minutes.
import type { FormError } from '@/components/ErrorSummary.vue'

/** The form-level field a problem goes to when it names no field (the form's first control). */
export const GENERAL = 'record-general'

const KINDS: Array<[RegExp, string, Array<[RegExp, string]>]> = [
  [/^decision (\d+)/, 'dec', [[/: reason/, 'reason'], [/: decision|is empty/, 'decision']]],
  [/^action update (\d+)/, 'upd', [[/doneDate/, 'done'], [/.*/, 'status']]],
  [/^action (\d+)/, 'act', [[/ownerId/, 'owner'], [/agencyId/, 'agency'], [/dueDate/, 'due'], [/pillar/, 'pillar'], [/.*/, 'description']]],
  [/^disclosure (\d+)/, 'dis', [[/disclose \(/, 'disclose'], [/recipient/, 'recipient'], [/what/, 'what'], [/reviewDate/, 'review'], [/reason/, 'reason'], [/.*/, 'recipient']]],
]

/** Which field a single problem is about. */
export function problemField(problem: string): string {
  if (problem.startsWith('levelChange')) return problem.includes('reason') ? 'lc-reason' : 'lc-level'
  if (problem.startsWith('minutes')) return 'att-minutes'
  if (problem.startsWith('attendance')) return 'att-list'
  for (const [re, prefix, fields] of KINDS) {
    const m = re.exec(problem)
    if (!m) continue
    const field = fields.find(([f]) => f.test(problem))?.[1] ?? fields[fields.length - 1]![1]
    return `${prefix}-${Number(m[1]) - 1}-${field}`
  }
  return GENERAL
}

/** The backend's field names, as the form's labels say them. */
const WORDS: Array<[RegExp, string]> = [
  [/\bdueDate\b/g, 'due date'], [/\bownerId\b/g, 'owner'], [/\bagencyId\b/g, 'agency'], [/\breviewDate\b/g, 'review date'],
  [/\bdoneDate\b/g, 'done date'], [/\blevelChange\b/g, 'level change'], [/\bofficerId\b/g, 'person'],
]

function plain(problem: string): string {
  const text = WORDS.reduce((t, [re, word]) => t.replace(re, word), problem)
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** A 400's message as form errors, one per problem, each on its field, in the form's words. */
export function recordProblems(message: string): FormError[] {
  return message
    .split('; ')
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .map((text) => ({ field: problemField(text), text: plain(text) }))
}

/** The first error of each field, for showing next to it. */
export function byField(errors: FormError[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const e of errors) if (!(e.field in out)) out[e.field] = e.text
  return out
}
