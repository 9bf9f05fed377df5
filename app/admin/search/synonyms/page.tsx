import { pageTitle } from '@/lib/platform/i18n/page-title';
import { getTranslations } from 'next-intl/server';
import { ConfirmButtonForm } from '@/components/admin/confirm-button-form';
import { SynonymGroupForm } from '@/components/admin/synonym-group-form';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { can } from '@/lib/platform/auth/permissions.rules';
import { getDb } from '@/lib/platform/db';
import { listSynonymGroups } from '@/lib/search/synonyms.reads';
import { createSynonymGroupAction, deleteSynonymGroupAction, updateSynonymGroupAction } from './actions';

export const generateMetadata = pageTitle('admin.search.synonyms.title');

export default async function SynonymsPage() {
  const actor = await requirePagePermission('catalog:read', '/admin/search/synonyms');
  const [t, groups] = await Promise.all([getTranslations(), listSynonymGroups(getDb())]);
  const readOnly = !can(actor, 'catalog:write');
  return (
    <>
      <h1 className="text-2xl font-bold">{t('admin.search.synonyms.title')}</h1>
      <p className="mt-2 max-w-3xl">{t('admin.search.synonyms.intro')}</p>
      <section aria-labelledby="synonyms-new" className="mt-6">
        <h2 id="synonyms-new" className="mb-2 text-lg font-semibold">
          {t('admin.search.synonyms.new')}
        </h2>
        <SynonymGroupForm action={createSynonymGroupAction} disabled={readOnly} />
      </section>
      <section aria-labelledby="synonyms-list" className="mt-8">
        <h2 id="synonyms-list" className="mb-2 text-lg font-semibold">
          {t('admin.search.synonyms.list', { count: groups.length })}
        </h2>
        {groups.length === 0 ? (
          <p>{t('admin.search.synonyms.none')}</p>
        ) : (
          <ul className="grid gap-3">
            {groups.map((group) => (
              <li key={group.id} className="rounded-lg border border-gray-200 bg-white p-4">
                <SynonymGroupForm
                  action={updateSynonymGroupAction}
                  group={{ id: group.id, terms: group.terms.join(', ') }}
                  disabled={readOnly}
                />
                {!readOnly && (
                  <div className="mt-2">
                    <ConfirmButtonForm
                      action={deleteSynonymGroupAction}
                      fields={{ groupId: group.id }}
                      label={t('admin.search.synonyms.delete', { terms: group.terms.join(', ') })}
                      title={t('admin.search.synonyms.deleteTitle')}
                      confirm={t('admin.search.synonyms.confirmDelete', { terms: group.terms.join(', ') })}
                      confirmLabel={t('admin.search.synonyms.deleteConfirm')}
                      size="touch"
                    />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
