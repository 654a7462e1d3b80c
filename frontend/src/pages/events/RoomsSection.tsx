import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/ApiContext';
import { problemMessage, toApiError } from '../../api/problem';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { LoadingMessage } from '../../components/LoadingMessage';
import { eventsNl, labelFor, memberKindLabels } from '../../i18n/nl';
import { AssignmentReport } from './AssignmentReport';
import { coachesNeeded, Who } from './CoachManager';
import { formatDateTime } from './format';
import { assignRooms, eventKeys, moveParticipant, useRefreshEvents, useRooms } from './eventsApi';
import { ExternalIcon } from './RegistrationPanel';
import type { EventAdmin, RoomOverview, RoomParticipant, RoomView } from './types';

const t = eventsNl.rooms;

/** "3 gezinshuisouders · 2 jeugdzorgwerkers" and the number of starters in one room. */
export function roomMix(participants: readonly Pick<RoomParticipant, 'kind' | 'experienced'>[]): string {
  const owners = participants.filter((p) => p.kind === 'gezinshuisouder').length;
  const workers = participants.filter((p) => p.kind === 'jeugdzorgwerker').length;
  const others = participants.length - owners - workers;
  const starters = participants.filter((p) => !p.experienced).length;
  const mix = t.mix(owners, workers, others);
  return mix ? `${mix} · ${t.starters(starters)}` : t.starters(starters);
}

/** Assign rooms (again), the report, the rooms with their people, and moving people by hand. */
export function RoomsSection({ event, onDone }: { event: EventAdmin; onDone: (message: string) => void }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const refresh = useRefreshEvents();
  const rooms = useRooms(event.id, true);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const overview = rooms.data ?? null;
  const assigned = Boolean(overview?.rooms_assigned_at);
  const needed = coachesNeeded(event);

  async function assign() {
    setBusy(true);
    setError(null);
    try {
      const result = await assignRooms(api, event.id);
      queryClient.setQueryData(eventKeys.rooms(event.id), result);
      await refresh();
      setConfirming(false);
      onDone(t.assigned(result.rooms.length));
    } catch (caught) {
      setConfirming(false);
      setError(problemMessage(toApiError(caught).problem));
    } finally {
      setBusy(false);
    }
  }

  function moved(result: RoomOverview, message: string) {
    queryClient.setQueryData(eventKeys.rooms(event.id), result);
    void refresh();
    onDone(message);
  }

  return (
    <>
      <p>{t.intro}</p>
      {rooms.isPending ? <LoadingMessage>{eventsNl.event.loading}</LoadingMessage> : null}
      {rooms.isError ? <p className="notice notice--error">{problemMessage(toApiError(rooms.error).problem)}</p> : null}
      {overview ? (
        <p className="rooms__state">
          {assigned && overview.rooms_assigned_at ? t.assignedAt(formatDateTime(overview.rooms_assigned_at)) : t.notAssigned}
        </p>
      ) : null}
      {assigned ? <p className="rooms__late">{t.lateArrivals}</p> : null}
      {event.registered_count === 0 ? <p className="notice notice--info">{t.noParticipants}</p> : null}
      {needed > event.coaches.length ? (
        <p className="notice notice--warning">{eventsNl.coaches.needed(needed, event.coaches.length)}</p>
      ) : null}
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form__actions rooms__actions">
        <button
          type="button"
          className={assigned ? 'button button--secondary' : 'button button--primary'}
          disabled={busy}
          onClick={() => (assigned ? setConfirming(true) : void assign())}
        >
          {busy ? t.assigning : assigned ? t.reassign : t.assign}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t.reassignConfirmTitle}
        text={t.reassignConfirmText}
        confirmLabel={t.reassign}
        cancelLabel={eventsNl.form.cancel}
        busy={busy}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void assign()}
      />

      {overview && overview.report ? <AssignmentReport report={overview.report} roomSizeMax={overview.room_size_max} /> : null}

      {overview && overview.rooms.length > 0 ? (
        <ul className="room-grid">
          {overview.rooms.map((room) => (
            <li key={room.number}>
              <RoomCard eventId={event.id} room={room} overview={overview} onMoved={moved} />
            </li>
          ))}
        </ul>
      ) : null}

      {overview && overview.unplaced.length > 0 ? (
        <section className="card rooms__unplaced" aria-labelledby="zonder-kamer-titel">
          <h3 id="zonder-kamer-titel">{t.unplacedHeading}</h3>
          <p>{t.unplacedIntro}</p>
          <ul className="room-people">
            {overview.unplaced.map((person) => (
              <Person key={person.registration_id} person={person} eventId={event.id} overview={overview} current={null} onMoved={moved} />
            ))}
          </ul>
        </section>
      ) : null}

      {overview && assigned && overview.spare_coaches.length > 0 ? (
        <div className="rooms__spare">
          <h3>{t.spareHeading}</h3>
          <ul className="inline-list">
            {overview.spare_coaches.map((coach) => (
              <li key={coach.member_id}>{coach.full_name}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}

function RoomCard({
  eventId,
  room,
  overview,
  onMoved,
}: {
  eventId: string;
  room: RoomView;
  overview: RoomOverview;
  onMoved: (result: RoomOverview, message: string) => void;
}) {
  const headingId = `kamer-${room.number}-titel`;
  const full = room.size >= overview.room_size_max;
  return (
    <article className="card room-card" aria-labelledby={headingId}>
      <div className="room-card__top">
        <h3 id={headingId} className="room-card__title">
          {t.roomHeading(room.number)}
        </h3>
        <span className={full ? 'status-pill status-pill--waitlisted' : 'status-pill'}>
          <span aria-hidden="true">{t.size(room.size, overview.room_size_max)}</span>
          <span className="visually-hidden">{t.sizeLabel(room.size, overview.room_size_max)}</span>
        </span>
      </div>
      <p className="room-card__coach">{room.coach ? t.coach(room.coach.full_name) : t.noCoach}</p>
      {room.participants.length > 0 ? <p className="room-card__mix">{roomMix(room.participants)}</p> : null}
      <p className="room-card__link">
        <a href={room.video_url} target="_blank" rel="noreferrer" aria-label={`${t.videoLinkLabel(room.number)} (opent in een nieuw venster)`}>
          {t.videoLink}
          <ExternalIcon />
        </a>
      </p>
      {room.participants.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <ul className="room-people">
          {room.participants.map((person) => (
            <Person key={person.registration_id} person={person} eventId={eventId} overview={overview} current={room.number} onMoved={onMoved} />
          ))}
        </ul>
      )}
    </article>
  );
}

function Person({
  person,
  eventId,
  overview,
  current,
  onMoved,
}: {
  person: RoomParticipant;
  eventId: string;
  overview: RoomOverview;
  current: number | null;
  onMoved: (result: RoomOverview, message: string) => void;
}) {
  const api = useApi();
  const [target, setTarget] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const selectId = `verplaats-${person.registration_id}`;
  const errorId = `${selectId}-fout`;
  const others = overview.rooms.filter((room) => room.number !== current);

  async function submit(formEvent: FormEvent<HTMLFormElement>) {
    formEvent.preventDefault();
    const number = Number(target);
    if (!target || !Number.isInteger(number)) {
      setError(t.chooseRoomError);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await moveParticipant(api, eventId, person.registration_id, number);
      onMoved(result, t.moved(person.full_name, number));
    } catch (caught) {
      setError(problemMessage(toApiError(caught).problem));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="room-person">
      <span className="room-person__who">
        <span className="room-person__name">{person.full_name}</span>
        <span className="room-person__tags">
          {labelFor(memberKindLabels, person.kind)} · {person.experienced ? t.experiencedTag : t.starterTag}
        </span>
      </span>
      {others.length > 0 ? (
        <form className="room-person__move" noValidate onSubmit={submit}>
          <label className="visually-hidden" htmlFor={selectId}>
            {t.moveLabel(person.full_name)}
          </label>
          <select
            id={selectId}
            className="select select--compact"
            value={target}
            onChange={(changeEvent) => setTarget(changeEvent.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
          >
            <option value="">{t.chooseRoom}</option>
            {others.map((room) => (
              <option key={room.number} value={room.number}>
                {room.size >= overview.room_size_max ? t.moveToFull(room.number) : t.moveTo(room.number)}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--small button--secondary" disabled={busy}>
            {busy ? t.moving : current === null ? t.place : t.move}
            <Who name={person.full_name} />
          </button>
          {error ? (
            <p className="room-person__error" id={errorId} role="alert">
              {error}
            </p>
          ) : null}
        </form>
      ) : null}
    </li>
  );
}
