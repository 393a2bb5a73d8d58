import { StaffNameLink } from './staff-name-link';

/** A directory row's heading: the name, linking to the person, over their job title. */
export function StaffNameCell({ id, name, jobTitle }: { id: string; name: string; jobTitle: string }) {
  return (
    <>
      <span className="app-nowrap">
        <StaffNameLink id={id} name={name} />
      </span>
      <span className="nhsuk-u-display-block nhsuk-u-font-size-16 nhsuk-u-font-weight-normal nhsuk-u-secondary-text-colour">{jobTitle}</span>
    </>
  );
}
