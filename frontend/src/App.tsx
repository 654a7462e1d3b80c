import { Route, Routes } from 'react-router';
import { RequireAuth } from './auth/RequireAuth';
import { Layout } from './components/Layout';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ProfilePage } from './pages/ProfilePage';
import { RegisterPage } from './pages/RegisterPage';
import { FinderPage } from './pages/groups/FinderPage';
import { EditGroupPage, NewGroupPage } from './pages/groups/GroupFormPage';
import { GroupPage } from './pages/groups/GroupPage';
import { ManageRequestsPage } from './pages/groups/ManageRequestsPage';
import { MyGroupsPage } from './pages/groups/MyGroupsPage';
import { EvidencePage } from './pages/evidence/EvidencePage';
import { ContractPage } from './pages/contracts/ContractPage';
import { GroupHealthPage } from './pages/grouphealth/GroupHealthPage';
import { GroupSessionsPage } from './pages/sessions/GroupSessionsPage';
import { MySessionsPage } from './pages/sessions/MySessionsPage';
import { SessionEditPage } from './pages/sessions/SessionEditPage';
import { SessionPage } from './pages/sessions/SessionPage';
import { AdminEventPage } from './pages/events/AdminEventPage';
import { AdminEventsPage } from './pages/events/AdminEventsPage';
import { EditEventPage, NewEventPage } from './pages/events/EventFormPage';
import { EventListPage } from './pages/events/EventListPage';
import { EventPage } from './pages/events/EventPage';
import { RequireAdmin } from './pages/events/RequireAdmin';
import { NotificationPreferencesPage } from './pages/notifications/NotificationPreferencesPage';
import { NotificationsPage } from './pages/notifications/NotificationsPage';
import { AdminGuard } from './pages/admin/AdminGuard';
import { AdminHomePage } from './pages/admin/AdminHomePage';
import { ApiKeysPage } from './pages/admin/ApiKeysPage';
import { WebhooksPage } from './pages/admin/WebhooksPage';
import { AuditLogPage } from './pages/privacy/AuditLogPage';
import { HelpingQuestionsPage } from './pages/methods/HelpingQuestionsPage';
import { MethodPage } from './pages/methods/MethodPage';
import { MethodsPage } from './pages/methods/MethodsPage';
import { CasePage, NewCasePage } from './pages/cases/CaseFormPage';
import { MyCasesPage } from './pages/cases/MyCasesPage';
import { RunnerPage } from './pages/runner/RunnerPage';
import { EvaluationLinkPage } from './pages/evaluations/EvaluationLinkPage';
import { MyEvaluationsPage } from './pages/evaluations/MyEvaluationsPage';
import { SessionEvaluationPage } from './pages/evaluations/SessionEvaluationPage';
import { YearlyEvaluationPage } from './pages/evaluations/YearlyEvaluationPage';
import { LazyResearchDashboardPage, LazyResearchSummaryPage } from './pages/research/routes';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="inloggen" element={<LoginPage />} />
        <Route path="registreren" element={<RegisterPage />} />
        <Route path="groepen" element={<FinderPage />} />
        <Route path="groepen/:ref" element={<GroupPage />} />
        <Route path="methoden" element={<MethodsPage />} />
        <Route path="methoden/hulpvragen" element={<HelpingQuestionsPage />} />
        <Route path="methoden/:slug" element={<MethodPage />} />
        <Route path="onderzoek" element={<LazyResearchSummaryPage />} />
        <Route path="themabijeenkomsten" element={<EventListPage />} />
        <Route path="themabijeenkomsten/:id" element={<EventPage />} />
        <Route path="evaluatie/:token" element={<EvaluationLinkPage />} />
        <Route element={<RequireAdmin />}>
          <Route path="beheer/themabijeenkomsten" element={<AdminEventsPage />} />
          <Route path="beheer/themabijeenkomsten/nieuw" element={<NewEventPage />} />
          <Route path="beheer/themabijeenkomsten/:id" element={<AdminEventPage />} />
          <Route path="beheer/themabijeenkomsten/:id/bewerken" element={<EditEventPage />} />
        </Route>
        <Route element={<AdminGuard />}>
          <Route path="beheer" element={<AdminHomePage />} />
          <Route path="beheer/api-sleutels" element={<ApiKeysPage />} />
          <Route path="beheer/webhooks" element={<WebhooksPage />} />
          <Route path="beheer/auditlog" element={<AuditLogPage />} />
          <Route path="beheer/onderzoek" element={<LazyResearchDashboardPage />} />
        </Route>
        <Route element={<RequireAuth />}>
          <Route path="meldingen" element={<NotificationsPage />} />
          <Route path="mijn-profiel/meldingen" element={<NotificationPreferencesPage />} />
          <Route path="mijn-profiel" element={<ProfilePage />} />
          <Route path="mijn-groepen" element={<MyGroupsPage />} />
          <Route path="groepen/nieuw" element={<NewGroupPage />} />
          <Route path="groepen/:ref/bewerken" element={<EditGroupPage />} />
          <Route path="groepen/:ref/aanmeldingen" element={<ManageRequestsPage />} />
          <Route path="groepen/:ref/bijeenkomsten" element={<GroupSessionsPage />} />
          <Route path="bijeenkomsten/:id" element={<SessionPage />} />
          <Route path="bijeenkomsten/:id/wijzigen" element={<SessionEditPage />} />
          <Route path="mijn-bijeenkomsten" element={<MySessionsPage />} />
          <Route path="bijeenkomsten/:sessionId/casus" element={<NewCasePage />} />
          <Route path="bijeenkomsten/:sessionId/leiden" element={<RunnerPage />} />
          <Route path="casussen/:id" element={<CasePage />} />
          <Route path="mijn-casussen" element={<MyCasesPage />} />
          <Route path="mijn-verantwoording" element={<EvidencePage />} />
          <Route path="mijn-evaluaties" element={<MyEvaluationsPage />} />
          <Route path="bijeenkomsten/:id/evaluatie" element={<SessionEvaluationPage />} />
          <Route path="groepen/:ref/jaarevaluatie" element={<YearlyEvaluationPage />} />
          <Route path="groepen/:ref/groepsafspraken" element={<ContractPage />} />
          <Route path="groepen/:ref/groepscheck" element={<GroupHealthPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
