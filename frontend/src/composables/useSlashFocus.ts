import { onMounted, onUnmounted, type Ref } from 'vue'

/** True when a key press is typing into something (so "/" is a character, not a shortcut). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return true
  return (target as HTMLElement).isContentEditable === true
}

/**
 * "/" anywhere on the page, except while typing in a field, puts focus in `input` (the search box),
 * as on GOV.UK and many search sites. Modifier keys are left alone.
 */
export function useSlashFocus(input: Ref<HTMLInputElement | null>): void {
  function onKeydown(event: KeyboardEvent): void {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return
    if (isTypingTarget(event.target)) return
    const el = input.value
    if (!el || !el.isConnected) return
    event.preventDefault()
    el.focus()
    el.select()
  }
  onMounted(() => document.addEventListener('keydown', onKeydown))
  onUnmounted(() => document.removeEventListener('keydown', onKeydown))
}
