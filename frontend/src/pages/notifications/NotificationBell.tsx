import { NavLink } from 'react-router';
import { notificationsNl } from '../../i18n/nl';
import { useUnreadCount } from './notificationsApi';

const t = notificationsNl.bell;

/**
 * The bell in the header, for logged-in members: a link to /meldingen whose accessible name
 * says how many notifications are unread ("Meldingen, 3 ongelezen"). The badge shows the same
 * number and is hidden from screen readers, which already hear it in the name.
 */
export function NotificationBell() {
  const unread = useUnreadCount();
  const count = unread.data;
  const label = count === undefined ? t.labelUnknown : t.label(count);

  return (
    <NavLink className="nav__link bell" to="/meldingen" aria-label={label}>
      <svg className="bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M6 16.5V11a6 6 0 0 1 12 0v5.5l1.5 2H4.5z" />
        <path d="M10 20.5a2 2 0 0 0 4 0" />
      </svg>
      {count ? (
        <span className="bell__badge" aria-hidden="true" data-testid="bell-count">
          {count > 99 ? t.many : count}
        </span>
      ) : null}
    </NavLink>
  );
}
