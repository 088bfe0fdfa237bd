import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { createQueryClient } from './api/queries';
import { AuthProvider } from './auth/AuthContext';
import { bindFeedback } from './lib/feedback';
import { AppRoutes } from './routes';
import './styles.css';

dayjs.locale('vi');

/** Lets the API client show antd messages with the app's theme and locale. */
function FeedbackBridge() {
  const api = AntApp.useApp();
  useEffect(() => {
    bindFeedback(api);
    return () => bindFeedback(null);
  }, [api]);
  return null;
}

export function Root() {
  const [queryClient] = useState(createQueryClient);
  return (
    <ConfigProvider locale={viVN} theme={{ token: { colorPrimary: '#1f5fa8', borderRadius: 6 } }}>
      <AntApp>
        <FeedbackBridge />
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <AuthProvider>
              <AppRoutes />
            </AuthProvider>
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
