// A stubbed fetch for form specs: every request gets `answer()` (set per test; reset to the default
// before each), and the last request can be read back as the backend would receive it.
import { afterEach, beforeEach, vi } from 'vitest'

export interface ApiStub {
  answer: () => Response
  mock: ReturnType<typeof vi.fn<(url: string, init?: RequestInit) => Promise<Response>>>
  /** The last request: its URL, method and JSON body. */
  last(): { url: string; method: string | undefined; body: unknown }
}

export function stubApi(defaultAnswer: () => Response): ApiStub {
  const stub: ApiStub = {
    answer: defaultAnswer,
    mock: vi.fn(async () => stub.answer()),
    last() {
      const [url, init] = stub.mock.mock.calls.at(-1)!
      return { url, method: init?.method, body: JSON.parse(String(init?.body)) }
    },
  }
  beforeEach(() => {
    stub.answer = defaultAnswer
    stub.mock.mockClear()
    vi.stubGlobal('fetch', stub.mock)
  })
  afterEach(() => vi.unstubAllGlobals())
  return stub
}
