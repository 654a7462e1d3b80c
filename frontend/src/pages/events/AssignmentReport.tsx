import { eventsNl } from '../../i18n/nl';
import type { AssignmentReport as Report, ConstraintScore } from './types';

const t = eventsNl.report;

/** One constraint in plain Dutch; the API's own label for a constraint this UI does not know yet. */
export function scoreSentence(score: ConstraintScore, roomSizeMax: number): string {
  const sentences = t.sentences as Record<string, ((value: number, best: number, max: number) => string) | undefined>;
  const sentence = sentences[score.constraint];
  return sentence ? sentence(score.value, score.best_possible, roomSizeMax) : score.label;
}

function ScoreItem({ score, roomSizeMax }: { score: ConstraintScore; roomSizeMax: number }) {
  return (
    <li className={score.met ? 'report-item report-item--met' : 'report-item report-item--unmet'}>
      <span className="report-item__icon" aria-hidden="true">
        {score.met ? (
          <svg viewBox="0 0 24 24" focusable="false">
            <path d="M5 12.5l4.5 4.5L19 7.5" />
          </svg>
        ) : (
          <svg viewBox="0 0 24 24" focusable="false">
            <path d="M12 5v9M12 18.5v.5" />
          </svg>
        )}
      </span>
      <span className="report-item__text">
        <span className="report-item__status">{score.hard ? (score.met ? t.met : t.notMet) : score.met ? t.metSoft : t.notMetSoft}:</span> {scoreSentence(score, roomSizeMax)}
        {!score.hard ? ' ' : null}
        {!score.hard ? <span className="report-item__score">{t.score(score.value, score.best_possible)}</span> : null}
      </span>
    </li>
  );
}

/** The assignment report as sentences: hard requirements first, then the wishes with their scores. */
export function AssignmentReport({ report, roomSizeMax }: { report: Report; roomSizeMax: number }) {
  const hard = report.scores.filter((score) => score.hard);
  const soft = report.scores.filter((score) => !score.hard);
  const allMet = report.hard_constraints_met;
  return (
    <section className="card report" aria-labelledby="verslag-titel">
      <h3 id="verslag-titel">{t.heading}</h3>
      <p className={allMet ? 'notice notice--success' : 'notice notice--error'}>
        <strong>{allMet ? t.allHardMet : t.hardNotMet}</strong>
      </p>
      <p>
        {t.summary(report.participants, report.rooms)} {report.unplaced > 0 ? t.unplaced(report.unplaced) : null}{' '}
        {t.spare(report.spare_coaches)}
      </p>
      <div className="report__columns">
        <div>
          <h4>{t.hardHeading}</h4>
          <ul className="report-list">
            {hard.map((score) => (
              <ScoreItem key={score.constraint} score={score} roomSizeMax={roomSizeMax} />
            ))}
          </ul>
        </div>
        <div>
          <h4>{t.softHeading}</h4>
          <p className="report__intro">{t.softIntro}</p>
          <ul className="report-list">
            {soft.map((score) => (
              <ScoreItem key={score.constraint} score={score} roomSizeMax={roomSizeMax} />
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
