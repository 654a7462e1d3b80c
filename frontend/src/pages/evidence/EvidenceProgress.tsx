import { sessionsNl } from '../../i18n/nl';

const e = sessionsNl.evidence;

interface EvidenceProgressProps {
  /** Id of the element that names the bar. */
  labelId: string;
  count: number;
  norm: number;
  years: number;
}

/** The share of the norm reached, as a WAI-ARIA progress bar: "12 van 20 bijeenkomsten". */
export function progressText(count: number, norm: number): string {
  return e.progressValue(count, norm);
}

export function EvidenceProgress({ labelId, count, norm, years }: EvidenceProgressProps) {
  const value = Math.min(Math.max(count, 0), norm);
  const percent = norm > 0 ? Math.round((value / norm) * 100) : 0;
  const text = progressText(count, norm);
  const met = count >= norm;
  return (
    <div className={met ? 'progress progress--met' : 'progress'}>
      <p className="progress__value">
        <span className="progress__count">{text}</span> <span className="progress__window">{e.window(years)}</span>
      </p>
      <div
        className="progress__track"
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={norm}
        aria-valuenow={value}
        aria-valuetext={text}
      >
        <div className="progress__fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="progress__status">{met ? e.met : e.remaining(norm - count)}</p>
    </div>
  );
}
