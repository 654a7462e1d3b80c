import { Link } from 'react-router';
import { problemMessage, toApiError } from '../../api/problem';
import { LoadingMessage } from '../../components/LoadingMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { casesNl, nl } from '../../i18n/nl';
import { useHelpingQuestions, useReflectionCards, type ReflectionCard } from './methodsApi';

const t = casesNl.questions;

/** Groups reflection cards by category, keeping the order in which categories first appear. */
export function groupCards(cards: readonly ReflectionCard[]): { category: string; name: string; cards: ReflectionCard[] }[] {
  const groups = new Map<string, { category: string; name: string; cards: ReflectionCard[] }>();
  for (const card of cards) {
    const group = groups.get(card.category) ?? { category: card.category, name: card.category_name, cards: [] };
    group.cards.push(card);
    groups.set(card.category, group);
  }
  return [...groups.values()];
}

export function HelpingQuestionsPage() {
  useDocumentTitle(t.title);
  const kinds = useHelpingQuestions();
  const cards = useReflectionCards();
  const failed = kinds.error ?? cards.error;

  return (
    <>
      <p className="back-link">
        <Link to="/methoden">{t.back}</Link>
      </p>
      <h1>{t.heading}</h1>
      <p className="lead">{t.intro}</p>
      {kinds.isPending || cards.isPending ? <LoadingMessage>{nl.common.loading}</LoadingMessage> : null}
      {failed ? (
        <div className="notice notice--error">
          <p>{t.loadFailed}</p>
          <p>{problemMessage(toApiError(failed).problem)}</p>
        </div>
      ) : null}
      {kinds.data ? (
        <section className="section" aria-labelledby="vragen-titel">
          <h2 id="vragen-titel">{t.kindsHeading}</h2>
          {kinds.data.map((kind) => (
            <section key={kind.slug} className="card question-kind" aria-labelledby={`soort-${kind.slug}`}>
              <h3 id={`soort-${kind.slug}`}>{kind.name}</h3>
              <p>{kind.purpose}</p>
              <ul>
                {kind.questions.map((question) => (
                  <li key={question}>{question}</li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ) : null}
      {cards.data ? (
        <section className="section" aria-labelledby="kaarten-titel">
          <h2 id="kaarten-titel">{t.cardsHeading}</h2>
          {groupCards(cards.data).map((group) => (
            <section key={group.category} className="question-kind" aria-labelledby={`kaarten-${group.category}`}>
              <h3 id={`kaarten-${group.category}`}>{group.name}</h3>
              <ul className="reflection-cards">
                {group.cards.map((card) => (
                  <li key={card.id} className="reflection-card">
                    {card.question}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ) : null}
    </>
  );
}
