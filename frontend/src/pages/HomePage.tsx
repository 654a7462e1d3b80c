import { Link } from 'react-router';
import { useAuth } from '../auth/useAuth';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { groupsNl, nl } from '../i18n/nl';

const featureIcons = [
  // A map pin: a group nearby.
  'M12 21s-7-7.5-7-12a7 7 0 0 1 14 0c0 4.5-7 12-7 12zM12 11.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z',
  // Three connected people: a group working with a method.
  'M7 9.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM17 9.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM12 19.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM8.3 9.3l2.4 5M15.7 9.3l-2.4 5M9.5 7h5',
  // A document with a tick: proof of reflection.
  'M6 2h9l5 5v15H6zM14 2v6h6M9 15l2.5 2.5L16 12',
];

/** The main call to action: find a group. Accounts come second. */
function CallToAction() {
  const { status, user } = useAuth();
  if (status === 'authenticated') {
    return (
      <div className="cta__actions">
        {user ? <p className="cta__welcome">{nl.home.welcomeBack(user.full_name)}</p> : null}
        <Link className="button button--primary" to="/groepen">
          {groupsNl.home.ctaFind}
        </Link>
        <Link className="button button--secondary" to="/mijn-groepen">
          {groupsNl.layout.myGroups}
        </Link>
      </div>
    );
  }
  return (
    <div className="cta__actions">
      <Link className="button button--primary" to="/groepen">
        {groupsNl.home.ctaFind}
      </Link>
      <Link className="button button--secondary" to="/registreren">
        {nl.home.ctaRegister}
      </Link>
      <Link className="button button--secondary" to="/inloggen">
        {nl.home.ctaLogin}
      </Link>
    </div>
  );
}

export function HomePage() {
  useDocumentTitle(nl.home.title);
  return (
    <>
      <section className="hero" aria-labelledby="home-titel">
        <h1 id="home-titel">{nl.home.heading}</h1>
        <p className="lead">{nl.home.lead}</p>
        <CallToAction />
      </section>

      <section aria-labelledby="wat-titel" className="section">
        <h2 id="wat-titel">{nl.home.introHeading}</h2>
        <ul className="features">
          {nl.home.features.map((feature, index) => (
            <li key={feature.title} className="feature card">
              <svg className="feature__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d={featureIcons[index] ?? ''} />
              </svg>
              <h3 className="feature__title">{feature.title}</h3>
              <p>{feature.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="waarom-titel" className="section section--split">
        <div>
          <h2 id="waarom-titel">{nl.home.whyHeading}</h2>
          <p>{nl.home.whyText}</p>
        </div>
        <div className="cta card">
          <h2 className="cta__title">{nl.home.ctaHeading}</h2>
          <p>{nl.home.ctaText}</p>
          <CallToAction />
        </div>
      </section>
    </>
  );
}
