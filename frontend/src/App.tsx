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

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="inloggen" element={<LoginPage />} />
        <Route path="registreren" element={<RegisterPage />} />
        <Route path="groepen" element={<FinderPage />} />
        <Route path="groepen/:ref" element={<GroupPage />} />
        <Route element={<RequireAuth />}>
          <Route path="mijn-profiel" element={<ProfilePage />} />
          <Route path="mijn-groepen" element={<MyGroupsPage />} />
          <Route path="groepen/nieuw" element={<NewGroupPage />} />
          <Route path="groepen/:ref/bewerken" element={<EditGroupPage />} />
          <Route path="groepen/:ref/aanmeldingen" element={<ManageRequestsPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
