import type { ForecastMonthDto, PostHolderDto } from '@recordroom/contracts';
import { AFC_BANDS, type AfcBand } from '@recordroom/people';
import { ErrorSummary, Select, TextInput, type ErrorSummaryItem } from '@recordroom/ui';
import { useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { type BudgetScope } from '../api/pay-api';
import { useWhatIf } from '../hooks/use-what-if';
import { bandLabel, monthLabel, wteLabel } from '../pay-vocabulary';
import { EMPTY_WHAT_IF, hasChanges, parsePercent, parseWte, pointsOf, whatIfBody, type WhatIfDraft } from '../what-if-form';
import { WhatIfResult } from './what-if-result';
import { fieldSentence } from '../../../api/field-sentence';

interface WhatIfPanelProps {
  scope: BudgetScope;
  inPost: PostHolderDto[];
  months: ForecastMonthDto[];
}

let nextKey = 0;

/**
 * Tries changes to the establishment before asking for them: add posts (band, point, WTE, from a
 * month), take posts away, regrade people, apply a pay award; the API answers today and the
 * changes side by side. Nothing is saved.
 */
export function WhatIfPanel({ scope, inPost, months }: WhatIfPanelProps) {
  const [draft, setDraft] = useState<WhatIfDraft>(EMPTY_WHAT_IF);
  const [post, setPost] = useState({ band: '3' as AfcBand, payPoint: '1', wte: '1', fromMonth: '' });
  const [leaver, setLeaver] = useState('');
  const [regrade, setRegrade] = useState({ staffId: '', band: '3' as AfcBand, payPoint: '1' });
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const whatIf = useWhatIf(scope);
  const nameOf = (staffId: string) => inPost.find((p) => p.staffId === staffId)?.name ?? 'Someone';
  const errorFor = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.text;
  const futureMonths = months.filter((m) => m.actual === null);

  const addPost = () => {
    const parsed = parseWte(post.wte);
    if ('error' in parsed) return setErrors([{ fieldId: 'post-wte', text: parsed.error }]);
    setErrors([]);
    setDraft((d) => ({ ...d, addPosts: [...d.addPosts, { key: `post-${(nextKey += 1)}`, band: post.band, payPoint: Number(post.payPoint), wte: parsed.wte, fromMonth: post.fromMonth }] }));
  };
  const addLeaver = () => {
    if (leaver === '') return setErrors([{ fieldId: 'leaver', text: 'Select whose post goes' }]);
    setErrors([]);
    setDraft((d) => ({ ...d, removeStaffIds: [...new Set([...d.removeStaffIds, leaver])] }));
    setLeaver('');
  };
  const addRegrade = () => {
    if (regrade.staffId === '') return setErrors([{ fieldId: 'regrade-person', text: 'Select who is regraded' }]);
    setErrors([]);
    setDraft((d) => ({ ...d, regrade: [...d.regrade.filter((r) => r.staffId !== regrade.staffId), { staffId: regrade.staffId, band: regrade.band, payPoint: Number(regrade.payPoint) }] }));
  };
  const run = () => {
    const award = parsePercent(draft.payAwardPercent);
    if ('error' in award) return setErrors([{ fieldId: 'pay-award', text: award.error }]);
    if (!hasChanges(draft)) return setErrors([{ fieldId: 'post-band', text: 'Add a post, take one away, regrade someone or enter a pay award first' }]);
    setErrors([]);
    whatIf.mutate(whatIfBody(draft, award.percent));
  };
  const serverErrors = isApiError(whatIf.error, 400) || isApiError(whatIf.error, 422) ? whatIf.error.fieldErrors : [];

  return (
    <section aria-labelledby="what-if-heading" className="nhsuk-u-margin-bottom-6 app-pay-what-if">
      <h2 id="what-if-heading">What if</h2>
      <p>Try a change to the establishment and see the full-year cost with on-costs and the forecast against budget, beside today’s. Nothing is saved.</p>
      {errors.length > 0 && <ErrorSummary errors={errors} />}

      <fieldset className="nhsuk-fieldset nhsuk-u-margin-bottom-4">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Add a post</legend>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-quarter">
            <Select id="post-band" label="Band" value={post.band} onChange={(band) => setPost({ ...post, band: band as AfcBand, payPoint: '1' })} options={AFC_BANDS.map((b) => ({ value: b, label: bandLabel(b) }))} />
          </div>
          <div className="nhsuk-grid-column-one-quarter">
            <Select id="post-point" label="Pay point" value={post.payPoint} onChange={(payPoint) => setPost({ ...post, payPoint })} options={pointsOf(post.band).map((p) => ({ value: String(p), label: p === 1 ? '1 (entry)' : String(p) }))} />
          </div>
          <div className="nhsuk-grid-column-one-quarter">
            <TextInput id="post-wte" label="Whole-time equivalent" hint="1 is 37.5 hours a week" inputMode="decimal" width={4} value={post.wte} error={errorFor('post-wte')} onChange={(wte) => setPost({ ...post, wte })} />
          </div>
          <div className="nhsuk-grid-column-one-quarter">
            <Select id="post-from" label="Filled from" value={post.fromMonth} onChange={(fromMonth) => setPost({ ...post, fromMonth })} options={futureMonths.map((m) => ({ value: m.month, label: monthLabel(m.month) }))} emptyOption="The start of the year" />
          </div>
        </div>
        <button className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" onClick={addPost}>
          Add this post
        </button>
      </fieldset>

      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          <fieldset className="nhsuk-fieldset nhsuk-u-margin-bottom-4">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Take a post away</legend>
            <Select id="leaver" label="Whose post goes (a leaver not replaced)" value={leaver} error={errorFor('leaver')} onChange={setLeaver} options={inPost.map((p) => ({ value: p.staffId, label: `${p.name}, ${bandLabel(p.band)}, ${wteLabel(p.wte)} WTE` }))} emptyOption="Select a person" />
            <button className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" onClick={addLeaver}>
              Take this post away
            </button>
          </fieldset>
        </div>
        <div className="nhsuk-grid-column-one-half">
          <fieldset className="nhsuk-fieldset nhsuk-u-margin-bottom-4">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Change the band mix</legend>
            <Select id="regrade-person" label="Who is regraded" value={regrade.staffId} error={errorFor('regrade-person')} onChange={(staffId) => setRegrade({ ...regrade, staffId })} options={inPost.map((p) => ({ value: p.staffId, label: `${p.name}, ${bandLabel(p.band)} point ${p.payPoint}` }))} emptyOption="Select a person" />
            <div className="nhsuk-grid-row">
              <div className="nhsuk-grid-column-one-half">
                <Select id="regrade-band" label="New band" value={regrade.band} onChange={(band) => setRegrade({ ...regrade, band: band as AfcBand, payPoint: '1' })} options={AFC_BANDS.map((b) => ({ value: b, label: bandLabel(b) }))} />
              </div>
              <div className="nhsuk-grid-column-one-half">
                <Select id="regrade-point" label="New pay point" value={regrade.payPoint} onChange={(payPoint) => setRegrade({ ...regrade, payPoint })} options={pointsOf(regrade.band).map((p) => ({ value: String(p), label: String(p) }))} />
              </div>
            </div>
            <button className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" onClick={addRegrade}>
              Regrade
            </button>
          </fieldset>
        </div>
      </div>

      <TextInput id="pay-award" label="Pay award (%)" hint="On this year’s pay scales from April, such as 3.3; leave blank for none" inputMode="decimal" width={4} value={draft.payAwardPercent} error={errorFor('pay-award')} onChange={(payAwardPercent) => setDraft({ ...draft, payAwardPercent })} />

      {hasChanges(draft) && (
        <div className="nhsuk-u-margin-bottom-4">
          <h3 className="nhsuk-heading-s">Changes to try</h3>
          <ul className="nhsuk-list nhsuk-list--bullet" aria-label="Changes to try">
            {draft.addPosts.map((p) => (
              <li key={p.key}>
                New {bandLabel(p.band)} post, point {p.payPoint}, {wteLabel(p.wte)} WTE, {p.fromMonth ? `from ${monthLabel(p.fromMonth)}` : 'for the whole year'}{' '}
                <button type="button" className="app-link-button" onClick={() => setDraft((d) => ({ ...d, addPosts: d.addPosts.filter((x) => x.key !== p.key) }))}>
                  Remove<span className="nhsuk-u-visually-hidden"> the new {bandLabel(p.band)} post</span>
                </button>
              </li>
            ))}
            {draft.removeStaffIds.map((id) => (
              <li key={id}>
                {nameOf(id)}’s post goes{' '}
                <button type="button" className="app-link-button" onClick={() => setDraft((d) => ({ ...d, removeStaffIds: d.removeStaffIds.filter((x) => x !== id) }))}>
                  Keep<span className="nhsuk-u-visually-hidden"> {nameOf(id)}’s post</span>
                </button>
              </li>
            ))}
            {draft.regrade.map((r) => (
              <li key={r.staffId}>
                {nameOf(r.staffId)} regraded to {bandLabel(r.band)} point {r.payPoint}{' '}
                <button type="button" className="app-link-button" onClick={() => setDraft((d) => ({ ...d, regrade: d.regrade.filter((x) => x.staffId !== r.staffId) }))}>
                  Undo<span className="nhsuk-u-visually-hidden"> the regrading of {nameOf(r.staffId)}</span>
                </button>
              </li>
            ))}
            {draft.payAwardPercent.trim() !== '' && <li>A pay award of {draft.payAwardPercent.trim().replace(/%$/, '')}%</li>}
          </ul>
        </div>
      )}

      <div className="nhsuk-button-group">
        <button className="nhsuk-button nhsuk-u-margin-bottom-0" type="button" onClick={run} disabled={whatIf.isPending}>
          Show the cost
        </button>
        {hasChanges(draft) && (
          <button
            className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
            type="button"
            onClick={() => {
              setDraft(EMPTY_WHAT_IF);
              whatIf.reset();
            }}
          >
            Start again
          </button>
        )}
      </div>

      {serverErrors.length > 0 && <ErrorSummary errors={serverErrors.map((e) => ({ text: fieldSentence(e.field, e.message) }))} title="The changes could not be costed" />}
      {whatIf.isError && serverErrors.length === 0 && <ProblemMessage error={whatIf.error} what="what-if" headingLevel={3} />}
      {whatIf.data && <WhatIfResult result={whatIf.data} />}
    </section>
  );
}
