'use client';

// Scans the customer's QR code with the device camera through the browser's BarcodeDetector (Chromium
// on Android and ChromeOS, Safari 17+). Where the API is missing the button is not shown at all: the
// scanner and the keyboard still work through the search field.
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { StatusMessage } from '@/components/ui/status-message';

type Detected = { rawValue: string };
type Detector = { detect(source: HTMLVideoElement): Promise<Detected[]> };
type DetectorClass = new (options: { formats: string[] }) => Detector;

const detectorClass = (): DetectorClass | null =>
  (globalThis as unknown as { BarcodeDetector?: DetectorClass }).BarcodeDetector ?? null;

const noSubscription = () => () => {};

export function CameraScan({ onCode }: { onCode: (code: string) => void }) {
  const t = useTranslations('desk');
  // False on the server and before hydration: the button appears only where the API exists.
  const supported = useSyncExternalStore(
    noSubscription,
    () => detectorClass() !== null,
    () => false,
  );
  const [open, setOpen] = useState(false);
  if (!supported) return null;
  return (
    <>
      <Button type="button" size="touch" variant="secondary" onClick={() => setOpen(true)}>
        {t('scan')}
      </Button>
      <Dialog
        title={t('scanTitle')}
        description={t('scanHint')}
        closeLabel={t('scanClose')}
        isOpen={open}
        onOpenChange={setOpen}
      >
        {open && (
          <Viewfinder
            onCode={(code) => {
              setOpen(false);
              onCode(code);
            }}
          />
        )}
      </Dialog>
    </>
  );
}

function Viewfinder({ onCode }: { onCode: (code: string) => void }) {
  const t = useTranslations('desk');
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);
  const found = useRef(onCode);
  useEffect(() => {
    found.current = onCode;
  });
  useEffect(() => {
    const Detector = detectorClass();
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const scan = async (detector: Detector) => {
      if (stopped || !video.current) return;
      const codes = await detector.detect(video.current).catch(() => []);
      const value = codes[0]?.rawValue.trim();
      if (value) found.current(value);
      else timer = setTimeout(() => void scan(detector), 200);
    };
    (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
        if (stopped || !video.current || !Detector) return;
        video.current.srcObject = stream;
        await video.current.play();
        void scan(new Detector({ formats: ['qr_code'] }));
      } catch {
        setFailed(true);
      }
    })();
    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);
  return (
    <div className="mt-4">
      <video
        ref={video}
        muted
        playsInline
        aria-hidden="true"
        className="aspect-square w-full rounded bg-black object-cover"
      />
      <StatusMessage tone="error" className="mt-2">
        {failed ? t('scanFailed') : null}
      </StatusMessage>
    </div>
  );
}
