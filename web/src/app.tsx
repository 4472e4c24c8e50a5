import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, Route, Switch } from 'wouter';
import { useGrants } from './api/use-can.ts';
import { Layout } from './components/layout.tsx';
import { Guarded } from './routes/no-access-page.tsx';
import { NotFoundPage } from './routes/not-found-page.tsx';
import {
  AndonPage,
  BoardPage,
  CsvPage,
  DashboardPage,
  DeskPage,
  homeFor,
  pageNeeds,
  QueuesPage,
  SettingsPage,
  StudioListPage,
  StudioPage,
  SupplierPage,
} from './routes/routes.tsx';

function Loading() {
  const { t } = useTranslation();
  return <p className="muted">{t('app.loading')}</p>;
}

/** The app: the frame and its pages, each opened only to a person whose role may use it. */
export function App() {
  const home = homeFor(useGrants()) ?? '/board';
  return (
    <Layout>
      <Suspense fallback={<Loading />}>
        <Switch>
          <Route path="/">
            <Redirect to={home} replace />
          </Route>
          <Route path="/board">
            <Guarded need={pageNeeds.board}>
              <BoardPage />
            </Guarded>
          </Route>
          <Route path="/desk">
            <Guarded need={pageNeeds.desk}>
              <DeskPage />
            </Guarded>
          </Route>
          <Route path="/andons/:id">
            {(params) => (
              <Guarded need={pageNeeds.andon}>
                <AndonPage id={params.id} />
              </Guarded>
            )}
          </Route>
          <Route path="/queues">
            <Guarded need={pageNeeds.queues}>
              <QueuesPage />
            </Guarded>
          </Route>
          <Route path="/supplier">
            <Guarded need={pageNeeds.supplier}>
              <SupplierPage />
            </Guarded>
          </Route>
          <Route path="/dashboard">
            <Guarded need={pageNeeds.dashboard}>
              <DashboardPage />
            </Guarded>
          </Route>
          <Route path="/csv">
            <Guarded need={pageNeeds.csv}>
              <CsvPage />
            </Guarded>
          </Route>
          <Route path="/studio">
            <Guarded need={pageNeeds.studio}>
              <StudioListPage />
            </Guarded>
          </Route>
          <Route path="/studio/:id" nest>
            {(params) => (
              <Guarded need={pageNeeds.studio}>
                <StudioPage id={params.id} />
              </Guarded>
            )}
          </Route>
          <Route path="/settings" nest>
            <Guarded need={pageNeeds.settings}>
              <SettingsPage />
            </Guarded>
          </Route>
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </Layout>
  );
}
