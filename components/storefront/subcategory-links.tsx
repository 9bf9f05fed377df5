import { ButtonLink } from '@/components/ui/button';

/**
 * A category's subcategories above its filters (the sidebar, and the drawer on phones and tablets):
 * links shaped as buttons, at least 44 × 44 px, with the focus ring every control has.
 */
export function SubcategoryLinks({
  label,
  items,
}: {
  label: string;
  items: ReadonlyArray<{ id: string; path: string; name: string }>;
}) {
  return (
    <nav aria-label={label}>
      <h2 className="mb-2 text-sm font-semibold">{label}</h2>
      <ul className="flex flex-wrap gap-2">
        {items.map((child) => (
          <li key={child.id}>
            <ButtonLink href={`/c/${child.path}`} variant="secondary" size="touch">
              {child.name}
            </ButtonLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
