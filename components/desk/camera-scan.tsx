'use client';

import { useTranslations } from 'next-intl';
import { CameraBarcodeScan } from '@/components/ui/camera-barcode-scan';

/** The desk's "Scan QR code with the camera": the customer's pickup QR code fills the search. */
export function CameraScan({ onCode }: { onCode: (code: string) => void }) {
  const t = useTranslations('desk');
  return (
    <CameraBarcodeScan
      formats={['qr_code']}
      onCode={onCode}
      labels={{
        trigger: t('scan'),
        title: t('scanTitle'),
        hint: t('scanHint'),
        close: t('scanClose'),
        failed: t('scanFailed'),
      }}
    />
  );
}
