import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { unwrap } from '../api/unwrap';

/** Credits for the map tiles and the postcode data, as /site-config words them. */
export function SiteAttribution() {
  const api = useApi();
  const config = useQuery({
    queryKey: ['site-config'],
    queryFn: () => unwrap(api.GET('/api/v1/site-config')),
    staleTime: Infinity,
  });
  const credits = [config.data?.map_attribution, config.data?.data_attribution].filter(Boolean);
  if (credits.length === 0) return null;
  return (
    <p className="site-footer__credits">
      {credits.join(' · ')}
    </p>
  );
}
