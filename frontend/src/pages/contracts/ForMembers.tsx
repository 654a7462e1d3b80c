import { Link } from 'react-router';
import { contractsNl } from '../../i18n/nl';
import type { GroupPublic } from '../groups/types';
import { useGroupPermissions } from '../sessions/sessionsApi';
import { contractPath, contractTodo, evaluationPath, healthPath } from './contractState';
import { useContract } from './contractsApi';

const t = contractsNl.forMembers;

/**
 * On the group page, for members (and admins): links to the group's own pages, and a notice
 * when the member still has to agree to the group contract, as after joining or a new version.
 */
export function ForMembers({ group }: { group: GroupPublic }) {
  const permissions = useGroupPermissions(group.id);
  const allowed = permissions.isMember || permissions.canManage;
  const contract = useContract(group.slug, allowed);
  if (!allowed) return null;
  const todo = contract.data ? contractTodo(contract.data, permissions.canManage) : 'none';
  const current = contract.data?.current;

  return (
    <section className="card for-members" aria-labelledby="voor-leden-titel">
      <h2 id="voor-leden-titel">{t.heading}</h2>
      {todo === 'agree' && current ? (
        <div className="notice notice--warning for-members__notice">
          <p>
            <strong>{t.agreeTitle}</strong>
          </p>
          <p>{t.agreeText(current.version)}</p>
          <p>
            <Link to={contractPath(group.slug)}>{t.agreeLink}</Link>
          </p>
        </div>
      ) : null}
      {todo === 'write' ? (
        <div className="notice notice--info for-members__notice">
          <p>{t.noContractCoordinator}</p>
          <p>
            <Link to={contractPath(group.slug)}>{t.noContractLink}</Link>
          </p>
        </div>
      ) : null}
      <p>{t.intro}</p>
      <ul className="for-members__links">
        <li>
          <Link to={contractPath(group.slug)}>{t.contract}</Link>
          <span className="for-members__hint">{t.contractHint}</span>
        </li>
        <li>
          <Link to={healthPath(group.slug)}>{t.health}</Link>
          <span className="for-members__hint">{t.healthHint}</span>
        </li>
        <li>
          <Link to={evaluationPath(group.slug)}>{t.evaluation}</Link>
          <span className="for-members__hint">{t.evaluationHint}</span>
        </li>
      </ul>
    </section>
  );
}
