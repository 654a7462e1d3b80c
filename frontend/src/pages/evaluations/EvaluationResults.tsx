import { useId, type ReactNode } from 'react';
import { problemMessage, toApiError } from '../../api/problem';
import { LoadingMessage } from '../../components/LoadingMessage';
import { evaluationsNl } from '../../i18n/nl';
import { formatLongDate } from '../sessions/amsterdamTime';
import type { EvaluationCell, EvaluationSummary, QuestionPublic, SharedComments } from './types';

const r = evaluationsNl.results;
const meanFormat = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** What to say instead of numbers, or null when the summary has numbers to show. */
export function summaryNotice(summary: EvaluationSummary): string | null {
  if (!summary.available) return r.notYet(formatLongDate(summary.available_from));
  if (summary.response_count === null) return r.tooFew(summary.min_cell_size);
  if (summary.response_count === 0) return r.noResponses;
  return null;
}

export function formatMean(mean: number): string {
  return meanFormat.format(mean);
}

function CellRow({ cell, scaleMax }: { cell: EvaluationCell; scaleMax: number }) {
  return (
    <tr>
      <th scope="row">{cell.label}</th>
      <td>{cell.suppressed || cell.count === null ? r.hidden : cell.count}</td>
      <td>
        {cell.mean === null ? (
          '–'
        ) : (
          <span className="evaluation-mean">
            <span className="evaluation-mean__value">{r.meanOf(formatMean(cell.mean), scaleMax)}</span>
            <span className="evaluation-mean__track" aria-hidden="true">
              <span className="evaluation-mean__fill" style={{ width: `${(cell.mean / scaleMax) * 100}%` }} />
            </span>
          </span>
        )}
      </td>
      <td>
        {cell.distribution ? (
          <ul className="evaluation-bars">
            {cell.distribution.map((bar) => (
              <li key={bar.value}>{r.bar(bar.label, bar.count)}</li>
            ))}
          </ul>
        ) : cell.suppressed ? (
          '–'
        ) : (
          r.distributionHidden
        )}
      </td>
    </tr>
  );
}

/**
 * Aggregated answers as the API gives them. Before answering closes and below the minimum number of
 * answers the API sends no numbers; this says so plainly instead of showing an empty table.
 */
export function SummaryView({ summary, questions }: { summary: EvaluationSummary; questions: readonly QuestionPublic[] }) {
  const notice = summaryNotice(summary);
  if (notice) return <p className="notice notice--info evaluation-notice">{notice}</p>;
  return <SummaryTable summary={summary} questions={questions} />;
}

function SummaryTable({ summary, questions }: { summary: EvaluationSummary; questions: readonly QuestionPublic[] }) {
  const captionId = useId();
  const scaleOf = new Map(questions.map((question) => [question.key, question.scale_max]));
  return (
    <>
      <p className="evaluation-summary__count">{r.responses(summary.response_count ?? 0)}</p>
      {/* On small screens the table scrolls sideways; keyboard users can then focus and scroll it. */}
      <div className="evaluation-table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="evaluation-table">
          <caption id={captionId}>{r.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{r.criterion}</th>
              <th scope="col">{r.count}</th>
              <th scope="col">{r.mean}</th>
              <th scope="col">{r.distribution}</th>
            </tr>
          </thead>
          <tbody>
            {summary.criteria.map((cell) => (
              <CellRow key={cell.key} cell={cell} scaleMax={scaleOf.get(cell.key) ?? 5} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function CommentsView({ comments }: { comments: SharedComments }) {
  if (!comments.available) return <p className="notice notice--info evaluation-notice">{r.commentsNotYet(formatLongDate(comments.available_from))}</p>;
  if (comments.comments.length === 0) return <p>{r.commentsNone}</p>;
  return (
    <>
      <p className="evaluation-comments__intro">{r.commentsIntro}</p>
      <ul className="evaluation-comments">
        {comments.comments.map((comment, index) => (
          <li key={index} className="evaluation-comment preserve-lines">
            {comment}
          </li>
        ))}
      </ul>
    </>
  );
}

interface QueryLike<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T | undefined;
}

/** Loading, error or content of one results query. */
export function QueryState<T>({
  query,
  loading,
  children,
}: {
  query: QueryLike<T>;
  loading: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isError) return <p className="notice notice--error">{problemMessage(toApiError(query.error).problem)}</p>;
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.isPending) return <LoadingMessage>{loading}</LoadingMessage>;
  return null;
}

/** The group's results (and, for the facilitator, the shared comments) under one heading. */
export function ResultsBlock({
  level,
  headingId,
  heading,
  summary,
  comments,
  questions,
}: {
  /** Heading level of the two parts inside the surrounding section. */
  level: 2 | 3;
  headingId: string;
  heading: string;
  summary: QueryLike<EvaluationSummary>;
  comments: QueryLike<SharedComments> | null;
  questions: readonly QuestionPublic[];
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <>
      <Heading id={headingId}>{heading}</Heading>
      <QueryState query={summary} loading={r.loading}>
        {(data) => <SummaryView summary={data} questions={questions} />}
      </QueryState>
      {comments ? (
        <>
          <Heading>{r.commentsHeading}</Heading>
          <QueryState query={comments} loading={r.commentsLoading}>
            {(data) => <CommentsView comments={data} />}
          </QueryState>
        </>
      ) : null}
    </>
  );
}
