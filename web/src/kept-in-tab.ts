// A JSON value kept in this tab's sessionStorage, which a sign-in (a redirect to Cognito and back, or
// the demo picker) leaves in place: the plan draft (kept-draft.ts) and the forms typed in when the
// session ran out (leave-guard.ts).

export interface KeptInTab<T> {
  /** false when the browser has no room for it (or refuses storage) */
  keep(value: T): boolean;
  /** undefined when nothing is kept, or what is kept cannot be read */
  read(): T | undefined;
  drop(): void;
}

/** The value kept under `key` (one a tab: the latest kept). */
export function keptInTab<T>(key: string): KeptInTab<T> {
  return {
    keep(value) {
      try {
        sessionStorage.setItem(key, JSON.stringify(value));
        return true;
      } catch {
        return false;
      }
    },
    read() {
      try {
        const text = sessionStorage.getItem(key);
        return text ? (JSON.parse(text) as T) : undefined;
      } catch {
        return undefined;
      }
    },
    drop: () => sessionStorage.removeItem(key),
  };
}
