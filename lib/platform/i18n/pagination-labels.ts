import type { Translate } from './translate';

/** The labels of the Pagination component in the visitor's language. */
export function paginationLabels(t: Translate, page: number, pages: number) {
  return {
    nav: t('listing.pagination'),
    previous: t('listing.previous'),
    next: t('listing.next'),
    page: t('listing.page', { page, pages }),
  };
}
