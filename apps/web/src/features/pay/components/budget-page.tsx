import { Select } from '@recordroom/ui';
import { trustMonth } from '../../../format/trust-today';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { usePageTitle } from '../../../shell/hooks/use-page-title';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { canChangeBudget } from '../../auth/permissions';
import { useOrganisation } from '../../organisation/hooks/use-organisation';
import { CostByBandChart } from '../charts/cost-by-band-chart';
import { SpendAgainstBudgetChart } from '../charts/spend-against-budget-chart';
import { useBudgetScope } from '../hooks/use-budget-scope';
import { useEstablishment } from '../hooks/use-establishment';
import { useForecast } from '../hooks/use-forecast';
import { usePayTables } from '../hooks/use-pay-tables';
import '../pay.css';
import { BudgetHeadlines } from './budget-headlines';
import { EstablishmentLinesSection } from './establishment-lines-section';
import { EstablishmentSection } from './establishment-section';
import { MonthlySpendSection } from './monthly-spend-section';
import { WhatIfPanel } from './what-if-panel';

/**
 * /budget: a department's pay budget for a financial year, for managers and senior management:
 * the year at a glance, spend against budget with the forecast to March, the cost by band, the
 * establishment table and the what-if panel. Every figure is the API's.
 */
export function BudgetPage() {
  usePageTitle('Budget');
  const user = useSignedInUser();
  const organisation = useOrganisation();
  // Admins and senior managers see every department; they start on the first.
  const choosesDepartment = user.role === 'admin' || user.role === 'senior';
  const departments = organisation.data?.departments ?? [];
  const { scope, choose } = useBudgetScope(choosesDepartment ? departments[0]?.id : undefined);
  const ready = !choosesDepartment || scope.departmentId !== undefined;
  const establishment = useEstablishment(scope, ready);
  const forecast = useForecast(scope, ready);
  const tables = usePayTables();
  const departmentName = establishment.data?.departmentName ?? user.departmentName ?? 'Your department';

  return (
    <>
      <h1>
        <span className="nhsuk-caption-l">{departmentName}</span>
        Budget {establishment.data ? establishment.data.financialYear : ''}
      </h1>
      <p className="nhsuk-lede-text">The pay budget by band and cost centre, what the posts in post cost with on-costs, and the forecast to March.</p>

      <search>
        <form className="nhsuk-grid-row nhsuk-u-margin-bottom-3" onSubmit={(event) => event.preventDefault()}>
          {choosesDepartment && departments.length > 0 && (
            <div className="nhsuk-grid-column-one-third">
              <Select id="budget-department" label="Department" value={scope.departmentId ?? ''} onChange={(department) => choose({ department })} options={departments.map((d) => ({ value: d.id, label: d.name }))} />
            </div>
          )}
          {tables.data && (
            <div className="nhsuk-grid-column-one-third">
              <Select
                id="budget-year"
                label="Financial year"
                value={scope.year ?? establishment.data?.financialYear ?? ''}
                onChange={(year) => choose({ year })}
                options={[...tables.data.tables].reverse().map((t) => ({ value: t.year, label: t.year }))}
              />
            </div>
          )}
        </form>
      </search>

      {(establishment.isPending || forecast.isPending) && ready && <LoadingMessage>Loading the budget…</LoadingMessage>}
      {establishment.isError && <ProblemMessage error={establishment.error} what="establishment" onRetry={() => void establishment.refetch()} />}
      {forecast.isError && <ProblemMessage error={forecast.error} what="forecast" onRetry={() => void forecast.refetch()} />}
      {establishment.data && forecast.data && (
        <>
          <BudgetHeadlines establishment={establishment.data} forecast={forecast.data} />
          {establishment.data.payTable.unverified.length > 0 && (
            <div className="nhsuk-inset-text">
              <span className="nhsuk-u-visually-hidden">Information: </span>
              <p>The {establishment.data.payTable.year} pay table’s source could not confirm: {establishment.data.payTable.unverified.join('; ')}.</p>
            </div>
          )}
          <section aria-labelledby="spend-heading">
            <h2 id="spend-heading">Spend against budget</h2>
            <SpendAgainstBudgetChart outturn={forecast.data.outturn} id="spend-chart" title={`Spend and forecast against budget, ${forecast.data.financialYear}`} />
            <CostByBandChart bands={forecast.data.costByBand} id="band-chart" title={`Full-year cost of the posts in post by band, ${forecast.data.financialYear}`} />
          </section>
          <EstablishmentSection establishment={establishment.data} scope={scope} busy={establishment.isPlaceholderData} />
          {canChangeBudget(user) && (
            <>
              <EstablishmentLinesSection key={`lines|${scope.departmentId ?? ''}|${establishment.data.financialYear}`} lines={establishment.data.lines} financialYear={establishment.data.financialYear} scope={{ ...scope, year: establishment.data.financialYear }} costCentre={establishment.data.costCentre} />
              <MonthlySpendSection
                key={`spend|${scope.departmentId ?? ''}|${establishment.data.financialYear}`}
                scope={{ ...scope, year: establishment.data.financialYear }}
                months={forecast.data.outturn.months.map((m) => m.month)}
                currentMonth={trustMonth()}
                costCentre={establishment.data.costCentre}
              />
            </>
          )}
          <WhatIfPanel key={`${scope.departmentId ?? ''}|${establishment.data.financialYear}`} scope={{ ...scope, year: establishment.data.financialYear }} inPost={establishment.data.inPost} months={forecast.data.outturn.months} />
        </>
      )}
    </>
  );
}
