export interface ImportWarning {
  /** 1-based line in the source document */
  line: number;
  code:
    | 'unspecified-cadence'
    | 'no-indicator'
    | 'indicator-label-guessed'
    | 'unknown-indicator-name'
    | 'unknown-unit'
    | 'no-responsible-unit'
    | 'orphan-continuation'
    | 'unexpected-cell-count'
    | 'unmatched-results-row'
    | 'responsibility-differs'
    | 'fiscal-year-differs'
    | 'no-measures';
  message_th: string;
  message_en: string;
}
