import { useMemo, useState } from 'react';
import { useApi } from '../../api/ApiContext';
import { problemMessage, toApiError } from '../../api/problem';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { DownloadButton } from '../../components/DownloadButton';
import { FieldShell } from '../../components/FieldShell';
import { LoadingMessage } from '../../components/LoadingMessage';
import { Tabs } from '../../components/Tabs';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { researchNl } from '../../i18n/nl';
import { BackToAdmin } from '../admin/AdminHomePage';
import { formatTimestamp } from '../sessions/amsterdamTime';
import { ChartFigure } from './ChartFigure';
import { countMeanConfig, groupedBarConfig, meanBarConfig, stackedPercentConfig } from './chartConfig';
import { downloadResearchCsv, useResearchDashboard } from './researchApi';
import { ResearchChart } from './ResearchChart';
import {
  comparison,
  comparisonSummary,
  dimensions,
  distribution,
  distributionSummary,
  formatCount,
  hasValues,
  overTime,
  overTimeSummary,
  overview,
  overviewSummary,
} from './researchData';
import type { CriterionReport, EvaluationKind, ResearchReport, ResearchSection } from './types';

const t = researchNl.dashboard;
const c = researchNl.common;
const NO_DIMENSION = 'all';

/** /beheer/onderzoek: aggregates of all evaluations for Present 24x7 staff, as charts, tables and CSV. */
export function ResearchDashboardPage() {
  useDocumentTitle(t.title);
  const report = useResearchDashboard();

  return (
    <>
      <BackToAdmin />
      <h1>{t.heading}</h1>
      <p className="lead">{t.intro}</p>
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
      {report.data ? <Dashboard report={report.data} /> : null}
    </>
  );
}

export function responseCountText(count: number | null | undefined, k: number): string {
  return count === null || count === undefined ? c.suppressed(k) : formatCount(count);
}

function Dashboard({ report }: { report: ResearchReport }) {
  const api = useApi();
  const k = report.min_cell_size;
  const [kind, setKind] = useState<EvaluationKind>(report.sections[0]?.kind ?? 'session');
  const section = report.sections.find((item) => item.kind === kind) ?? report.sections[0];

  return (
    <>
      <div className="research-top">
        <section className="card research-facts" aria-labelledby="onderzoek-feiten-titel">
          <h2 id="onderzoek-feiten-titel">{t.factsHeading}</h2>
          <dl className="research-facts__list">
            {report.sections.map((item) => (
              <div key={item.kind}>
                <dt>{t.responseCount(item.label)}</dt>
                <dd>{responseCountText(item.response_count, k)}</dd>
              </div>
            ))}
            <div>
              <dt>{t.minCell}</dt>
              <dd>{t.minCellValue(k)}</dd>
            </div>
            <div>
              <dt>{t.generatedAt}</dt>
              <dd>{formatTimestamp(report.generated_at)}</dd>
            </div>
          </dl>
        </section>
        <section className="card research-export" aria-labelledby="onderzoek-export-titel">
          <h2 id="onderzoek-export-titel">{t.exportHeading}</h2>
          <p id="onderzoek-export-uitleg">{t.exportIntro}</p>
          <DownloadButton
            fetchFile={() => downloadResearchCsv(api)}
            busyLabel={t.exportBusy}
            className="button button--primary"
            describedBy="onderzoek-export-uitleg"
          >
            {t.exportButton} <span className="visually-hidden">{t.exportFileType}</span>
          </DownloadButton>
        </section>
      </div>
      <section className="research-rule" aria-labelledby="onderzoek-regel-titel">
        <h2 id="onderzoek-regel-titel">{t.ruleHeading}</h2>
        <p>{report.suppression_rule}</p>
      </section>
      {section ? (
        <Tabs
          id="onderzoek"
          label={t.sectionsLabel}
          tabs={report.sections.map((item) => ({ key: item.kind, label: t.tabs[item.kind] ?? item.label }))}
          selected={section.kind}
          onSelect={setKind}
        >
          <SectionView key={section.kind} section={section} k={k} />
        </Tabs>
      ) : null}
    </>
  );
}

function SectionView({ section, k }: { section: ResearchSection; k: number }) {
  const prefix = `onderzoek-${section.kind}`;
  const means = useMemo(() => overview(section, k, t.meansHeading), [section, k]);
  const meansConfig = useMemo(() => meanBarConfig(means.chart, means.scaleMax), [means]);
  const compared = useMemo(
    () =>
      dimensions(section)
        .filter((dimension) => dimension.key !== 'period')
        .map((dimension) => comparison(section, dimension.key, k))
        .filter((item) => item !== null),
    [section, k],
  );

  return (
    <div className="research-section">
      <h2>{section.label}</h2>
      <p className="research-section__count">
        {c.responses}: <strong>{responseCountText(section.response_count, k)}</strong>
      </p>
      {section.response_count === 0 ? (
        <p className="notice notice--info">{t.emptySection}</p>
      ) : (
        <>
          <ChartFigure
            id={`${prefix}-gemiddelden`}
            level={3}
            title={t.meansHeading}
            intro={t.meansIntro}
            note={means.leftOut.length ? c.scaleNote(means.leftOut.join(', ')) : undefined}
            table={means.table}
            tableOpen={!hasValues(means.chart)}
          >
            {hasValues(means.chart) ? (
              <ResearchChart config={meansConfig} label={overviewSummary(means)} />
            ) : (
              <p className="research-figure__empty">{c.noChartData}</p>
            )}
          </ChartFigure>

          <h3 className="research-subheading">{t.compareHeading}</h3>
          <p>{t.compareIntro}</p>
          <div className="research-grid">
            {compared.map((item) => (
              <ComparisonFigure key={item.dimension} id={`${prefix}-${item.dimension}`} data={item} k={k} />
            ))}
          </div>

          <CriterionDetail section={section} k={k} prefix={prefix} />
        </>
      )}
    </div>
  );
}

function ComparisonFigure({ id, data, k }: { id: string; data: NonNullable<ReturnType<typeof comparison>>; k: number }) {
  const config = useMemo(() => groupedBarConfig(data.chart, data.scaleMax), [data]);
  const drawable = hasValues(data.chart);
  return (
    <ChartFigure id={id} level={4} title={data.title} table={data.table} note={data.leftOut.length ? c.scaleNote(data.leftOut.join(', ')) : undefined} tableOpen={!drawable}>
      {drawable ? (
        <ResearchChart config={config} label={comparisonSummary(data, k)} tall />
      ) : (
        <p className="research-figure__empty">{c.noChartData}</p>
      )}
    </ChartFigure>
  );
}

function CriterionDetail({ section, k, prefix }: { section: ResearchSection; k: number; prefix: string }) {
  const [criterionKey, setCriterionKey] = useState(section.criteria[0]?.key ?? '');
  const [dimension, setDimension] = useState('facilitator_type');
  const criterion = section.criteria.find((item) => item.key === criterionKey) ?? section.criteria[0];
  const options = [
    ...dimensions(section).map((item) => ({ value: item.key, label: item.label })),
    { value: NO_DIMENSION, label: t.overallOnly },
  ];
  const fieldId = `${prefix}-criterium`;

  return (
    <section className="research-detail" aria-labelledby={`${prefix}-detail-titel`}>
      <h3 id={`${prefix}-detail-titel`} className="research-subheading">
        {t.detailHeading}
      </h3>
      <p>{t.detailIntro}</p>
      <div className="card research-controls">
        <FieldShell id={fieldId} label={t.criterionField}>
          <select
            className="select"
            id={fieldId}
            name="criterium"
            value={criterion?.key ?? ''}
            onChange={(event) => setCriterionKey(event.target.value)}
          >
            {section.criteria.map((item) => (
              <option key={item.key} value={item.key}>
                {item.label}: {item.question}
              </option>
            ))}
          </select>
        </FieldShell>
        <ChoiceGroup
          id={`${prefix}-indeling`}
          name={`${prefix}-indeling`}
          legend={t.dimensionField}
          type="radio"
          options={options}
          values={[dimension]}
          onChange={(values) => setDimension(values[0] ?? NO_DIMENSION)}
          required
          columns
        />
      </div>
      {criterion ? (
        <div className="research-grid">
          <DistributionFigure
            id={`${prefix}-verdeling`}
            criterion={criterion}
            dimension={dimension === NO_DIMENSION ? null : dimension}
            k={k}
          />
          <OverTimeFigure id={`${prefix}-tijd`} criterion={criterion} yearly={section.kind === 'yearly'} k={k} />
        </div>
      ) : null}
    </section>
  );
}

function DistributionFigure({
  id,
  criterion,
  dimension,
  k,
}: {
  id: string;
  criterion: CriterionReport;
  dimension: string | null;
  k: number;
}) {
  const title = t.distributionHeading(criterion.label);
  const data = useMemo(() => distribution(criterion, dimension, k, title), [criterion, dimension, k, title]);
  const config = useMemo(() => stackedPercentConfig(data.chart, criterion.scale_max), [data, criterion.scale_max]);
  const drawable = data.chart.labels.length > 0;
  const partial = drawable && data.chart.labels.length < data.rows.length;
  return (
    <ChartFigure
      id={id}
      level={4}
      title={title}
      intro={criterion.question}
      note={partial ? c.chartOnlyShown : undefined}
      table={data.table}
      tableOpen={!drawable}
    >
      {drawable ? (
        <ResearchChart config={config} label={distributionSummary(criterion.label, data)} rows={data.chart.labels.length} />
      ) : (
        <p className="research-figure__empty">{t.distributionNone(k)}</p>
      )}
    </ChartFigure>
  );
}

function OverTimeFigure({ id, criterion, yearly, k }: { id: string; criterion: CriterionReport; yearly: boolean; k: number }) {
  const title = t.overTimeHeading(criterion.label, yearly);
  const data = useMemo(() => overTime(criterion, k, title), [criterion, k, title]);
  const config = useMemo(
    () => (data ? countMeanConfig(data.labels, data.counts, data.means, data.scaleMax) : null),
    [data],
  );
  if (!data || !config) {
    return (
      <section className="card research-figure" aria-labelledby={`${id}-title`}>
        <h4 id={`${id}-title`} className="research-figure__title">
          {title}
        </h4>
        <p className="research-figure__empty">{t.overTimeNone}</p>
      </section>
    );
  }
  const drawable = data.counts.some((value) => value !== null && value > 0);
  return (
    <ChartFigure id={id} level={4} title={title} table={data.table} tableOpen={!drawable}>
      {drawable ? (
        <ResearchChart config={config} label={overTimeSummary(criterion.label, data)} />
      ) : (
        <p className="research-figure__empty">{c.noChartData}</p>
      )}
    </ChartFigure>
  );
}

export default ResearchDashboardPage;
