'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { StatusMessage } from '@/components/ui/status-message';
import { findHref, SCANNABLE_CODE } from '@/lib/showroom/barcode-scanner.rules';

// The Barcode Detection API (Chromium on Android and ChromeOS, Safari on iPadOS 17+); not in TypeScript's DOM types.
type DetectedBarcode = { rawValue: string };
type BarcodeDetectorLike = { detect(source: HTMLVideoElement): Promise<DetectedBarcode[]> };
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

const FORMATS = ['ean_13', 'ean_8', 'upc_a', 'upc_e', 'code_128', 'code_39'];
const DETECT_EVERY_MS = 200;

const noSubscription = () => () => {};
const detectorOf = () => (globalThis as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector ?? null;

/** "Scan with the camera": only where the browser can detect barcodes (hidden otherwise, and on the server). */
export function CameraScanButton() {
  const t = useTranslations();
  const router = useRouter();
  const supported = useSyncExternalStore(
    noSubscription,
    () => detectorOf() !== null,
    () => false,
  );
  const [open, setOpen] = useState(false);
  if (!supported) return null;
  return (
    <Dialog
      title={t('showroom.scanner.title')}
      description={t('showroom.scanner.hint')}
      closeLabel={t('ui.close')}
      triggerLabel={t('showroom.scanner.camera')}
      triggerStyle={{ variant: 'secondary', size: 'touch' }}
      isOpen={open}
      onOpenChange={setOpen}
    >
      {open && (
        <CameraScanner
          onCode={(code) => {
            setOpen(false);
            router.push(findHref(code));
          }}
        />
      )}
    </Dialog>
  );
}

/** The back camera's picture, looked at for a barcode five times a second until one is read. */
function CameraScanner({ onCode }: { onCode: (code: string) => void }) {
  const t = useTranslations('showroom.scanner');
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);
  const found = useRef(onCode);
  useEffect(() => {
    found.current = onCode;
  }, [onCode]);

  useEffect(() => {
    const Detector = detectorOf();
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const start = async () => {
      if (!Detector || !video.current) throw new Error('no detector');
      const detector = new Detector({ formats: FORMATS });
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
      if (stopped) return;
      video.current.srcObject = stream;
      await video.current.play();
      const look = async () => {
        if (stopped || !video.current) return;
        const codes = await detector.detect(video.current);
        const code = codes.map((c) => c.rawValue.trim()).find((value) => SCANNABLE_CODE.test(value));
        if (code) found.current(code);
        else timer = setTimeout(() => void look().catch(() => setFailed(true)), DETECT_EVERY_MS);
      };
      await look();
    };
    start().catch(() => setFailed(true));
    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);

  return (
    <div className="mt-4">
      {/* The picture only helps aim the camera; what is read is announced by the page it opens. */}
      <video ref={video} muted playsInline aria-hidden="true" className="aspect-video w-full rounded bg-black" />
      <StatusMessage tone="error">{failed ? t('failed') : null}</StatusMessage>
    </div>
  );
}
