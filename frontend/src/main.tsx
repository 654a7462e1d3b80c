import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { ApiProvider } from './api/ApiContext';
import { apiSession } from './api/client';
import { AppRoutes } from './App';
import { AuthProvider } from './auth/AuthProvider';
import { createQueryClient } from './queryClient';
import './styles.css';
import './styles/groups.css';
import './styles/events.css';
import './styles/sessions.css';
import './styles/notifications-admin.css';
import './styles/cases.css';
import './styles/evaluations.css';
import './styles/contracts.css';
import './styles/grouphealth.css';
import './styles/research.css';
import './styles/privacy.css';

const queryClient = createQueryClient();
const container = document.getElementById('root');
if (!container) throw new Error('Element #root ontbreekt in index.html.');

createRoot(container).render(
  <StrictMode>
    <ApiProvider session={apiSession}>
      <QueryClientProvider client={queryClient}>
        <AuthProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </AuthProvider>
      </QueryClientProvider>
    </ApiProvider>
  </StrictMode>,
);
