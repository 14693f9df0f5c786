// The search client (docs/api.md "Search"). Both calls go through api.ts, so they share its
// session handling, and the POST carries the CSRF token.
import { getJson, request } from './api'
import type { SearchParams, SearchResponse, SearchSelection } from './types'

/** GET /api/search. Throws ApiError (400 with a message for the user when the query is not usable). */
export function search(params: SearchParams, signal?: AbortSignal): Promise<SearchResponse> {
  return getJson<SearchResponse>(
    '/search',
    {
      q: params.q,
      type: params.types ?? [],
      area: params.area,
      category: params.category,
      level: params.level,
      rosh: params.rosh,
      ageMin: params.ageMin,
      ageMax: params.ageMax,
      from: params.from,
      to: params.to,
      mode: params.mode,
      page: params.page,
      size: params.size,
    },
    signal,
  )
}

/** POST /api/search/selections (204): the user opened a result. Audited as SEARCH_SELECT. */
export function recordSelection(selection: SearchSelection): Promise<void> {
  return request<void>('POST', '/search/selections', {
    body: { searchId: selection.searchId, type: selection.type, id: selection.id, rank: selection.rank },
  })
}
