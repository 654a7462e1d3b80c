import { useMemo } from 'react';
import { Link } from 'react-router';
import { problemMessage, toApiError } from '../../api/problem';
import { LoadingMessage } from '../../components/LoadingMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { researchNl } from '../../i18n/nl';
import { formatPlainDate } from '../sessions/amsterdamTime';
import { ChartFigure } from './ChartFigure';
import { groupedBarConfig, stackedPercentConfig } from './chartConfig';
import { useResearchSummary } from './researchApi';
import { ResearchChart } from './ResearchChart';
import {
  comparison,
  comparisonSummary,
  distribution,
  distributionSummary,
  formatMean,
  hasValues,
  largestFacilitatorGap,
  type Comparison,
} from './researchData';
import type { CriterionReport, ResearchReport, ResearchSection } from './types';

const t = researchNl.summary;
const c = researchNl.common;
const DEPTH_KEY = 'depth_level';

/** /onderzoek: what the evaluations teach about good intervision, for everyone, without logging in. */
export function ResearchSummaryPage() {
  useDocumentTitle(t.title);
  const report = useResearchSummary();

  return (
    <>
      <h1>{t.heading}</h1>
      <p className="lead">{t.lead}</p>
      {report.isPending ? <LoadingMessage>{c.loading}</LoadingMessage> : null}
      {report.isError ? (
        <div className="notice notice--error">
          <p>{c.loadFailed}</p>
          <p>{problemMessage(toApiError(report.error).problem)}</p>
          <button type="button" className="button button--secondary" onClick={() => void report.refetch()}>
            {c.retry}
          </button>
        </div>
      ) : null}
      {report.data ? <Summary report={report.data} /> : null}
      <section className="card research-cta" aria-labelledby="onderzoek-zelf-titel">
        <h2 id="onderzoek-zelf-titel">{t.ctaHeading}</h2>
        <p>{t.ctaText}</p>
        <p className="research-cta__links">
          <Link className="button button--primary" to="/groepen">
            {t.ctaFinder}
          </Link>
          <Link className="button button--secondary" to="/methoden">
            {t.ctaMethods}
          </Link>
        </p>
      </section>
    </>
  );
}

function Summary({ report }: { report: ResearchReport }) {
  const k = report.min_cell_size;
  const withData = report.sections.filter((section) => section.response_count !== 0);
  const findings = withData
    .map((section) => ({ section, gap: largestFacilitatorGap(section) }))
    .filter((item) => item.gap !== null);

  return (
    <>
      <div className="research-top">
        <section className="card research-facts" aria-labelledby="onderzoek-bron-titel">
          <h2 id="onderzoek-bron-titel">{t.sourceHeading}</h2>
          <p>{t.sourceText}</p>
          <dl className="research-facts__list">
            {report.sections.map((section) => (
              <div key={section.kind}>
                <dt>{section.label}</dt>
                <dd>
                  {section.response_count === null || section.response_count === undefined
                    ? c.suppressed(k)
                    : c.answers(section.response_count)}
                </dd>
              </div>
            ))}
          </dl>
          <p className="research-facts__note">{report.data_until ? t.dataUntil(formatPlainDate(report.data_until)) : t.dataAll}</p>
        </section>
        <section className="card research-privacy" aria-labelledby="onderzoek-privacy-titel">
          <h2 id="onderzoek-privacy-titel">{t.privacyHeading}</h2>
          <p>{t.privacyText(k)}</p>
          <p className="research-facts__note">{report.suppression_rule}</p>
        </section>
      </div>

      {withData.length === 0 ? (
        <p className="notice notice--info">{t.noData}</p>
      ) : (
        <>
          <section className="research-findings" aria-labelledby="onderzoek-opvallend-titel">
            <h2 id="onderzoek-opvallend-titel">{t.findingsHeading}</h2>
            {findings.length ? (
              <ul className="research-findings__list">
                {findings.map(({ section, gap }) =>
                  gap ? (
                    <li key={section.kind}>
                      <strong>{section.label}.</strong> {t.finding(gap.criterion, formatMean(gap.trained), formatMean(gap.none))}
                    </li>
                  ) : null,
                )}
              </ul>
            ) : (
              <p>{t.noFinding}</p>
            )}
            <p className="research-facts__note">{t.causalNote}</p>
          </section>
          {withData.map((section) => (
            <SectionSummary key={section.kind} section={section} k={k} />
          ))}
        </>
      )}
    </>
  );
}

function SectionSummary({ section, k }: { section: ResearchSection; k: number }) {
  const data = useMemo(() => comparison(section, 'facilitator_type', k), [section, k]);
  const depth = section.criteria.find((criterion) => criterion.key === DEPTH_KEY);
  return (
    <div className="research-grid research-grid--public">
      {data ? <FacilitatorFigure id={`onderzoek-${section.kind}-begeleiding`} section={section} data={data} k={k} /> : null}
      {depth ? <DepthFigure id={`onderzoek-${section.kind}-diepgang`} criterion={depth} k={k} /> : null}
    </div>
  );
}

function FacilitatorFigure({ id, section, data, k }: { id: string; section: ResearchSection; data: Comparison; k: number }) {
  const config = useMemo(() => groupedBarConfig(data.chart, data.scaleMax), [data]);
  const drawable = hasValues(data.chart);
  const table = useMemo(() => ({ ...data.table, caption: t.compareHeading(section.label) }), [data, section.label]);
  return (
    <ChartFigure
      id={id}
      level={2}
      title={t.compareHeading(section.label)}
      intro={t.compareIntro}
      note={data.leftOut.length ? t.scaleNote(data.leftOut.join(', ')) : undefined}
      table={table}
      tableOpen={!drawable}
    >
      {drawable ? (
        <ResearchChart config={config} label={comparisonSummary(data, k)} tall />
      ) : (
        <p className="research-figure__empty">{c.noChartData}</p>
      )}
    </ChartFigure>
  );
}

function DepthFigure({ id, criterion, k }: { id: string; criterion: CriterionReport; k: number }) {
  const data = useMemo(() => distribution(criterion, 'facilitator_type', k, t.depthHeading), [criterion, k]);
  const config = useMemo(() => stackedPercentConfig(data.chart, criterion.scale_max), [data, criterion.scale_max]);
  const drawable = data.chart.labels.length > 0;
  return (
    <ChartFigure
      id={id}
      level={2}
      title={t.depthHeading}
      intro={t.depthIntro}
      note={drawable && data.chart.labels.length < data.rows.length ? c.chartOnlyShown : undefined}
      table={data.table}
      tableOpen={!drawable}
    >
      {drawable ? (
        <ResearchChart config={config} label={distributionSummary(criterion.label, data)} rows={data.chart.labels.length} />
      ) : (
        <p className="research-figure__empty">{c.noChartData}</p>
      )}
    </ChartFigure>
  );
}

export default ResearchSummaryPage;
