import type { SwapOptionsDto } from '@recordroom/contracts';
import { ErrorSummary, Radios, TextInput, type ErrorSummaryItem } from '@recordroom/ui';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../../api/api-error';
import { BackLink } from '../../../shell/components/back-link';
import { LoadingMessage } from '../../../shell/components/loading-message';
import { ProblemMessage } from '../../../shell/components/problem-message';
import { usePageTitle } from '../../../shell/hooks/use-page-title';
import { useRequestSwap, useSwapOptions } from '../hooks/use-my-swaps';
import { describeShift, EMPTY_SWAP_FORM, NOTHING_IN_RETURN, readSwapForm, swapApiErrors, type SwapFormErrors, type SwapFormValues } from '../swap-form';

/** /my-rota/swap/:assignmentId: offer one of my shifts to a colleague, or exchange it for one of theirs. */
export function SwapRequestPage() {
  usePageTitle('Swap a shift');
  const { assignmentId = '' } = useParams();
  const options = useSwapOptions(assignmentId);
  return (
    <>
      <BackLink to="/my-rota">Back to my rota</BackLink>
      <h1>
        <span className="nhsuk-caption-l">My rota</span>
        Swap a shift
      </h1>
      {options.isPending && <LoadingMessage>Finding colleagues who could take this shift…</LoadingMessage>}
      {options.isError && <ProblemMessage error={options.error} what="colleagues who could take this shift" onRetry={() => void options.refetch()} />}
      {options.data && <SwapRequestForm options={options.data} />}
    </>
  );
}

function SwapRequestForm({ options }: { options: SwapOptionsDto }) {
  const navigate = useNavigate();
  const [values, setValues] = useState<SwapFormValues>(EMPTY_SWAP_FORM);
  const [errors, setErrors] = useState<SwapFormErrors>({});
  const request = useRequestSwap();
  const colleague = options.colleagues.find((c) => c.staffId === values.colleague);
  const refused = isApiError(request.error, 422) || isApiError(request.error, 400) ? request.error : null;
  const summary: ErrorSummaryItem[] = [
    ...(errors.colleague ? [{ fieldId: 'colleague', text: errors.colleague }] : []),
    ...(errors.inReturn ? [{ fieldId: 'inReturn', text: errors.inReturn }] : []),
    ...(errors.note ? [{ fieldId: 'note', text: errors.note }] : []),
    ...(refused ? (refused.fieldErrors.length > 0 ? swapApiErrors(refused.fieldErrors) : [refused.detail ?? refused.title]).map((text) => ({ text })) : []),
    ...(request.isError && !refused ? [{ text: 'Your request was not sent. Try again later.' }] : []),
  ];

  return (
    <>
      <p className="nhsuk-body-l">Your shift: {describeShift(options.shift)}</p>
      {options.colleagues.length === 0 ? (
        <p>Nobody in your department could take this shift without breaking a rota rule. Talk to your line manager about it.</p>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const read = readSwapForm(values, options);
            setErrors(read.errors);
            request.reset();
            if (!read.body) return;
            request.mutate(read.body, { onSuccess: () => void navigate('/my-rota', { state: { done: 'Your swap request has been sent to your line manager' } }) });
          }}
        >
          <ErrorSummary errors={summary} />
          <p>
            These colleagues could take it without breaking a rota rule. Your line manager decides, and checks the rota again before agreeing.
          </p>
          <Radios
            id="colleague"
            legend="Who would you like to take it?"
            legendSize="m"
            value={values.colleague}
            onChange={(colleagueId) => setValues((v) => ({ ...v, colleague: colleagueId, inReturn: '' }))}
            error={errors.colleague}
            options={options.colleagues.map((c) => ({
              value: c.staffId,
              label: c.name,
              hint: c.takesWithoutExchange
                ? c.exchanges.length > 0
                  ? `Could take it, or exchange it for ${c.exchanges.length === 1 ? 'a shift' : `one of ${c.exchanges.length} shifts`} of theirs`
                  : 'Could take it'
                : `Only in exchange for ${c.exchanges.length === 1 ? 'a shift' : `one of ${c.exchanges.length} shifts`} of theirs`,
            }))}
          />
          {colleague && (
            <Radios
              id="inReturn"
              legend={`Which of ${colleague.name}’s shifts will you take in return?`}
              legendSize="s"
              hint="Only shifts you could work without breaking a rota rule are listed."
              value={values.inReturn}
              onChange={(inReturn) => setValues((v) => ({ ...v, inReturn }))}
              error={errors.inReturn}
              options={[
                ...(colleague.takesWithoutExchange ? [{ value: NOTHING_IN_RETURN, label: 'None: give them the shift' }] : []),
                ...colleague.exchanges.map((e) => ({ value: e.assignmentId, label: describeShift(e) })),
              ]}
            />
          )}
          <TextInput id="note" label="Note for your line manager (optional)" value={values.note} onChange={(note) => setValues((v) => ({ ...v, note }))} error={errors.note} />
          <button className="nhsuk-button" type="submit" disabled={request.isPending}>
            {request.isPending ? 'Sending…' : 'Send swap request'}
          </button>
        </form>
      )}
    </>
  );
}
