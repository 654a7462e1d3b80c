import { contractsNl } from '../../i18n/nl';
import { formatDay } from '../sessions/amsterdamTime';
import type { ContractOverview } from './types';

const t = contractsNl.progress;

/** How many members agreed to the current version; coordinators also see who. */
export function AgreementProgress({ overview }: { overview: ContractOverview }) {
  const { agreed_count: agreed, member_count: total, agreements } = overview;
  const share = total > 0 ? Math.round((agreed / total) * 100) : 0;
  return (
    <section className="card contract-section contract-progress" aria-labelledby="akkoord-groep-titel">
      <h2 id="akkoord-groep-titel">{t.heading}</h2>
      {!overview.current ? (
        <p>{t.noContract}</p>
      ) : (
        <>
          <p className="contract-progress__count">{t.count(agreed, total)}</p>
          <div className="contract-progress__track" aria-hidden="true">
            <div className="contract-progress__fill" style={{ width: `${share}%` }} />
          </div>
          {total > 0 && agreed === total ? <p>{t.everyone}</p> : null}
          {agreements ? (
            <ul className="contract-progress__list" aria-label={t.listLabel}>
              {agreements.map((item) => (
                <li
                  key={item.member.id}
                  className={item.agreed_at ? 'contract-progress__item contract-progress__item--agreed' : 'contract-progress__item'}
                >
                  <span className="contract-progress__name">{item.member.full_name}</span>
                  <span className="contract-progress__state">
                    <span aria-hidden="true" className="contract-progress__icon">
                      {item.agreed_at ? t.agreedIcon : t.notYetIcon}
                    </span>{' '}
                    {item.agreed_at ? `${t.agreed} ${t.agreedOn(formatDay(item.agreed_at))}` : t.notYet}
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </section>
  );
}
