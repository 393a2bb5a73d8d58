import type { PlannerDto } from '@recordroom/contracts';
import { usePublish } from '../hooks/use-planner-mutations';
import { RotaChangeProblem } from './rota-change-problem';

interface PublishPanelProps {
  planner: PlannerDto;
  gapCount: number;
  onPublished: (message: string) => void;
  onReload: () => void;
  reloading: boolean;
}

/**
 * Publishing a draft: allowed with gaps and warnings (said plainly), refused while a hard rule is
 * broken; the API's list of those breaches is shown when it refuses.
 */
export function PublishPanel({ planner, gapCount, onPublished, onReload, reloading }: PublishPanelProps) {
  const publish = usePublish(planner.period.id);
  const hard = planner.violations.filter((v) => v.severity === 'hard').length;
  return (
    <div className="nhsuk-inset-text app-rota-publish">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>
        This rota is a draft: staff cannot see it yet.{' '}
        {hard > 0
          ? `It breaks ${hard} rule${hard === 1 ? '' : 's'} that must be fixed before it can be published.`
          : gapCount > 0
            ? `It can be published with ${gapCount} shift${gapCount === 1 ? '' : 's'} still below minimum cover; once published, every change needs a reason.`
            : 'It can be published; once published, every change needs a reason.'}
      </p>
      {publish.isError && <RotaChangeProblem error={publish.error} refused="The rota was not published" onReload={onReload} reloading={reloading} />}
      <button
        className="nhsuk-button nhsuk-u-margin-bottom-0"
        type="button"
        disabled={publish.isPending}
        onClick={() => publish.mutate(planner.period.version, { onSuccess: (period) => onPublished(`${period.name} is published: staff can now see their shifts`) })}
      >
        {publish.isPending ? 'Publishing…' : 'Publish rota'}
      </button>
    </div>
  );
}
