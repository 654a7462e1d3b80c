import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { problemMessage, toApiError } from '../../api/problem';
import type { RedirectState } from '../../auth/RequireAuth';
import { LoadingMessage } from '../../components/LoadingMessage';
import { StatusMessage } from '../../components/StatusMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { eventsNl } from '../../i18n/nl';
import { emptyEventForm, fromEvent, toEventCreate, toEventUpdate, type EventFormValues } from './eventForm';
import { EventForm } from './EventForm';
import { createEvent, eventKeys, updateEvent, useManagedEvent, useRefreshEvents } from './eventsApi';

const t = eventsNl.form;
const a = eventsNl.admin;

function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <p className="back-link">
      <Link to={to}>
        <span aria-hidden="true">← </span>
        {label}
      </Link>
    </p>
  );
}

export function NewEventPage() {
  useDocumentTitle(t.newTitle);
  const api = useApi();
  const navigate = useNavigate();
  const refresh = useRefreshEvents();

  async function submit(values: EventFormValues) {
    const event = await createEvent(api, toEventCreate(values));
    await refresh();
    const state: RedirectState = { flash: a.created };
    await navigate(`/beheer/themabijeenkomsten/${event.id}`, { state });
  }

  return (
    <div className="form-page">
      <BackLink to="/beheer/themabijeenkomsten" label={a.backToList} />
      <h1>{t.newHeading}</h1>
      <p className="lead">{t.newIntro}</p>
      <EventForm
        initial={emptyEventForm}
        submitLabel={t.submitNew}
        statuses={['draft', 'published']}
        onSubmit={submit}
        onCancel={() => void navigate('/beheer/themabijeenkomsten')}
      />
    </div>
  );
}

export function EditEventPage() {
  const { id = '' } = useParams();
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const refresh = useRefreshEvents();
  const query = useManagedEvent(id);
  const [message, setMessage] = useState<string | null>(null);
  const event = query.data;
  useDocumentTitle(event ? t.editTitle(event.title) : t.editHeading);

  if (query.isPending) return <LoadingMessage>{eventsNl.event.loading}</LoadingMessage>;
  if (!event) {
    return (
      <div className="narrow">
        <BackLink to="/beheer/themabijeenkomsten" label={a.backToList} />
        <h1>{eventsNl.event.notFoundHeading}</h1>
        <p className="lead">{problemMessage(toApiError(query.error).problem)}</p>
      </div>
    );
  }

  const initial = fromEvent(event);
  const eventPath = `/beheer/themabijeenkomsten/${event.id}`;

  async function submit(values: EventFormValues) {
    setMessage(null);
    const update = toEventUpdate(initial, values);
    if (Object.keys(update).length === 0) {
      setMessage(t.noChanges);
      return;
    }
    const saved = await updateEvent(api, id, update);
    queryClient.setQueryData(eventKeys.managed(id), saved);
    await refresh();
    const state: RedirectState = { flash: a.saved };
    await navigate(eventPath, { state });
  }

  return (
    <div className="form-page">
      <BackLink to={eventPath} label={a.backToEvent} />
      <p className="eyebrow">{event.title}</p>
      <h1>{t.editHeading}</h1>
      <StatusMessage message={message} tone="info" />
      <EventForm
        key={event.updated_at}
        initial={initial}
        submitLabel={t.submitEdit}
        onSubmit={submit}
        onCancel={() => void navigate(eventPath)}
      />
    </div>
  );
}
