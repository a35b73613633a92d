import { createBrowserRouter, Navigate } from 'react-router';

import { AccountPage } from '../features/account/AccountPage';
import { AdminPage } from '../features/admin/AdminPage';
import { LoginPage } from '../features/auth/LoginPage';
import { SetPasswordPage } from '../features/auth/SetPasswordPage';
import { CustomersPage } from '../features/customers/CustomersPage';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';

export function createAppRouter() {
  return createBrowserRouter([
    { path: '/login', element: <LoginPage /> },
    { path: '/set-password', element: <SetPasswordPage /> },
    {
      path: '/',
      element: <AppLayout />,
      children: [
        { index: true, element: <Navigate to="/customers" replace /> },
        { path: 'customers', element: <CustomersPage /> },
        { path: 'customers/:code', element: <AccountPage /> },
        { path: 'admin', element: <AdminPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}

export type AppRouter = ReturnType<typeof createAppRouter>;
