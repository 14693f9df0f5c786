import { fetchAreas } from '@/services/api'
import type { Area } from '@/services/types'
import { useApiResource, type ApiResource } from './useApiResource'

export interface AreasState extends ApiResource<Area[]> {
  /** An area's name from its id (the API sends ids); the id itself until the areas are loaded. */
  areaName: (id: string | null | undefined) => string | null
}

/** The MAPPA areas (GET /api/areas): for the area select, and to show area names, not ids. */
export function useAreas(): AreasState {
  const resource = useApiResource((signal) => fetchAreas(signal))
  function areaName(id: string | null | undefined): string | null {
    if (!id) return null
    const areas = resource.data.value
    return (Array.isArray(areas) ? areas.find((a) => a.id === id)?.name : undefined) ?? id
  }
  return { ...resource, areaName }
}
