import { useId, type ReactNode, type TdHTMLAttributes, type ThHTMLAttributes } from 'react';
import { cx } from './cx';

// The first cell of every row stays in view while the rest scrolls sideways; a hairline marks its edge.
const stickyFirstColumnClasses =
  '[&_tr>:first-child]:sticky [&_tr>:first-child]:left-0 [&_tr>:first-child]:z-10 ' +
  '[&_tr>:first-child]:shadow-[inset_-1px_0_0_var(--color-gray-200)] ' +
  '[&_tbody_tr>:first-child]:bg-white [&_thead_tr>:first-child]:bg-gray-100 [&_tfoot_tr>:first-child]:bg-gray-50';

/**
 * A plain semantic table (a server component) in a horizontally scrolling region. The region is
 * focusable and named by the caption, so keyboard users can scroll it (axe: scrollable-region-focusable).
 * The caption is required; `hideCaption` keeps it for screen readers when a heading already says it.
 * `footer` sits below the table, for the Pagination.
 */
export function Table({
  caption,
  hideCaption = false,
  stickyFirstColumn = false,
  footer,
  className,
  children,
}: {
  caption: ReactNode;
  hideCaption?: boolean;
  stickyFirstColumn?: boolean;
  footer?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const captionId = useId();
  return (
    <div className={className}>
      <div
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
        className="relative overflow-x-auto rounded-lg border border-gray-200 bg-white"
      >
        <table className={cx('min-w-full text-left text-sm', stickyFirstColumn && stickyFirstColumnClasses)}>
          <caption id={captionId} className={hideCaption ? 'sr-only' : 'px-3 py-2 text-left font-semibold'}>
            {caption}
          </caption>
          {children}
        </table>
      </div>
      {footer}
    </div>
  );
}

export function THead({ children }: { children: ReactNode }) {
  return <thead className="bg-gray-100">{children}</thead>;
}

export function TBody({ children }: { children: ReactNode }) {
  return <tbody className="[&>tr]:border-t [&>tr]:border-gray-200">{children}</tbody>;
}

export function TFoot({ children }: { children: ReactNode }) {
  return <tfoot className="border-t border-gray-300 bg-gray-50 font-medium">{children}</tfoot>;
}

export function Tr({ align, className, children }: { align?: 'top'; className?: string; children: ReactNode }) {
  return <tr className={cx(align === 'top' && 'align-top', className)}>{children}</tr>;
}

type CellOptions = {
  /** Right-aligned with tabular figures, for amounts and counts. */
  numeric?: boolean;
  nowrap?: boolean;
};

const cellClasses = ({ numeric, nowrap }: CellOptions, className?: string) =>
  cx('px-3 py-2', numeric && 'text-right tabular-nums', nowrap && 'whitespace-nowrap', className);

/** A header cell; `scope` is "col" unless it heads a row (then use scope="row"). */
export function Th({
  numeric,
  nowrap,
  scope = 'col',
  className,
  ...props
}: CellOptions & ThHTMLAttributes<HTMLTableCellElement>) {
  const weight = scope === 'row' ? 'font-medium' : 'font-semibold';
  return <th scope={scope} className={cellClasses({ numeric, nowrap }, cx(weight, className))} {...props} />;
}

export function Td({ numeric, nowrap, className, ...props }: CellOptions & TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cellClasses({ numeric, nowrap }, className)} {...props} />;
}

/** The one row of an empty table: its message spans every column, so the headers still explain the table. */
export function TableEmptyRow({ colSpan, children }: { colSpan: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={colSpan} className="px-3 py-6 text-center text-gray-700">
        {children}
      </td>
    </tr>
  );
}
