import { Link } from 'react-router';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { nl } from '../i18n/nl';

export function NotFoundPage() {
  useDocumentTitle(nl.notFound.title);
  return (
    <div className="narrow">
      <h1>{nl.notFound.heading}</h1>
      <p className="lead">{nl.notFound.text}</p>
      <p>
        <Link className="button button--primary" to="/">
          {nl.notFound.homeLink}
        </Link>
      </p>
    </div>
  );
}
