import { Link } from 'react-router';

/** A person's name, linking to their page. */
export function StaffNameLink({ id, name }: { id: string; name: string }) {
  return <Link to={`/staff/${encodeURIComponent(id)}`}>{name}</Link>;
}
