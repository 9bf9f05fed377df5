'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { CameraBarcodeScan } from '@/components/ui/camera-barcode-scan';
import { findHref, SCANNABLE_CODE } from '@/lib/showroom/barcode-scanner.rules';

/** Product barcodes: EAN/GTIN, UPC, and the Code 128/39 labels of SKUs. */
const FORMATS = ['ean_13', 'ean_8', 'upc_a', 'upc_e', 'code_128', 'code_39'];
const accept = (value: string) => SCANNABLE_CODE.test(value);

/** The showroom's "Scan with the camera": a product's barcode opens its product view (as a scanner's does). */
export function CameraScanButton() {
  const t = useTranslations();
  const router = useRouter();
  return (
    <CameraBarcodeScan
      formats={FORMATS}
      accept={accept}
      onCode={(code) => router.push(findHref(code))}
      labels={{
        trigger: t('showroom.scanner.camera'),
        title: t('showroom.scanner.title'),
        hint: t('showroom.scanner.hint'),
        close: t('ui.close'),
        failed: t('showroom.scanner.failed'),
      }}
    />
  );
}
