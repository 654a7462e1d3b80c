import { eventRegistrationStatusLabels, eventsNl, labelFor, memberKindLabels } from '../../i18n/nl';
import { formatShortDate } from './format';
import type { RegistrationForAdmin } from './types';

const t = eventsNl.registrations;

function statusText(registration: RegistrationForAdmin): string {
  if (registration.status === 'waitlisted' && registration.waitlist_position) {
    return t.waitlistPosition(registration.waitlist_position);
  }
  return labelFor(eventRegistrationStatusLabels, registration.status);
}

function experienceText(registration: RegistrationForAdmin): string {
  const years = registration.years_experience === null ? t.unknownYears : t.years(registration.years_experience);
  return `${registration.experienced ? eventsNl.kinds.experienced : eventsNl.kinds.starter} (${years})`;
}

/** Everyone who registered, in order of registration; scrolls sideways on small screens. */
export function RegistrationsTable({ registrations }: { registrations: readonly RegistrationForAdmin[] }) {
  if (registrations.length === 0) return <p>{t.none}</p>;
  const count = (status: string) => registrations.filter((r) => r.status === status).length;
  return (
    <>
      <p>{t.summary(count('registered'), count('waitlisted'), count('cancelled'))}</p>
      <div className="table-scroll" role="region" aria-labelledby="aanmeldingen-tabel" tabIndex={0}>
        <table className="data-table">
          <caption id="aanmeldingen-tabel" className="visually-hidden">
            {t.tableLabel}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.kind}</th>
              <th scope="col">{t.experience}</th>
              <th scope="col">{t.status}</th>
              <th scope="col">{t.room}</th>
              <th scope="col">{t.household}</th>
              <th scope="col">{t.registeredAt}</th>
            </tr>
          </thead>
          <tbody>
            {registrations.map((registration) => (
              <tr key={registration.id} className={registration.status === 'cancelled' ? 'data-table__row--muted' : undefined}>
                <th scope="row">
                  <span className="data-table__name">{registration.full_name}</span>
                  <span className="data-table__sub">{registration.email}</span>
                </th>
                <td>{labelFor(memberKindLabels, registration.kind)}</td>
                <td>{experienceText(registration)}</td>
                <td>
                  <span className={`status-pill registration-status registration-status--${registration.status}`}>
                    {statusText(registration)}
                  </span>
                </td>
                <td>{registration.room_number ?? t.noRoom}</td>
                <td>{registration.household_code ?? t.noRoom}</td>
                <td>{formatShortDate(registration.registered_at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
