import { Link } from 'react-router';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { adminNl } from '../../i18n/nl';

const t = adminNl.home;

/** /beheer: the starting point for platform admins. */
export function AdminHomePage() {
  useDocumentTitle(t.title);
  return (
    <>
      <h1>{t.heading}</h1>
      <p className="lead">{t.intro}</p>
      <ul className="beheer-home">
        {t.sections.map((section) => (
          <li key={section.to} className="card beheer-home__item">
            <h2 className="beheer-home__title">
              <Link to={section.to}>{section.title}</Link>
            </h2>
            <p>{section.text}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

/** "← Terug naar Beheer" above every admin page. */
export function BackToAdmin() {
  return (
    <p className="back-link">
      <Link to="/beheer">
        <span aria-hidden="true">← </span>
        {adminNl.common.back}
      </Link>
    </p>
  );
}
