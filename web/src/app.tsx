import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, Route, Switch } from 'wouter';
import { Layout } from './components/layout.tsx';
import { NotFoundPage } from './routes/not-found-page.tsx';
import {
  AndonPage,
  BoardPage,
  CsvPage,
  DashboardPage,
  DeskPage,
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

/** The app: the frame and its pages. */
export function App() {
  return (
    <Layout>
      <Suspense fallback={<Loading />}>
        <Switch>
          <Route path="/">
            <Redirect to="/board" replace />
          </Route>
          <Route path="/board" component={BoardPage} />
          <Route path="/desk" component={DeskPage} />
          <Route path="/andons/:id">{(params) => <AndonPage id={params.id} />}</Route>
          <Route path="/queues" component={QueuesPage} />
          <Route path="/supplier" component={SupplierPage} />
          <Route path="/dashboard" component={DashboardPage} />
          <Route path="/csv" component={CsvPage} />
          <Route path="/studio" component={StudioListPage} />
          <Route path="/studio/:id" nest>
            {(params) => <StudioPage id={params.id} />}
          </Route>
          <Route path="/settings" nest>
            <SettingsPage />
          </Route>
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </Layout>
  );
}
