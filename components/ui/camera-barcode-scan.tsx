'use client';

// "Scan with the camera" for the counter and the showroom: reads a barcode or QR code from the back
// camera through the browser's Barcode Detection API (Chromium on Android and ChromeOS, Safari on
// iPadOS 17+). Where the API is missing the button is not shown at all (nor on the server): the
// hardware scanner and the keyboard still work. One component, so both places behave alike.
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { Dialog } from './dialog';
import { StatusMessage } from './status-message';

// Not in TypeScript's DOM types.
type DetectedBarcode = { rawValue: string };
type BarcodeDetectorLike = { detect(source: HTMLVideoElement): Promise<DetectedBarcode[]> };
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

/** How often the camera's picture is looked at: five times a second. */
const DETECT_EVERY_MS = 200;

const noSubscription = () => () => {};
const detectorOf = () => (globalThis as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector ?? null;

export type CameraScanLabels = { trigger: string; title: string; hint: string; close: string; failed: string };

/**
 * The trigger button and its dialog. `formats` are the Barcode Detection API's names (qr_code, ean_13 …);
 * the first read value that `accept` takes is handed to `onCode` and the dialog closes.
 */
export function CameraBarcodeScan({
  formats,
  accept = () => true,
  onCode,
  labels,
}: {
  formats: string[];
  accept?: (value: string) => boolean;
  onCode: (code: string) => void;
  labels: CameraScanLabels;
}) {
  const supported = useSyncExternalStore(
    noSubscription,
    () => detectorOf() !== null,
    () => false,
  );
  const [open, setOpen] = useState(false);
  if (!supported) return null;
  return (
    <Dialog
      title={labels.title}
      description={labels.hint}
      closeLabel={labels.close}
      triggerLabel={labels.trigger}
      triggerStyle={{ variant: 'secondary', size: 'touch' }}
      isOpen={open}
      onOpenChange={setOpen}
    >
      {open && (
        <Viewfinder
          formats={formats}
          accept={accept}
          failedText={labels.failed}
          onCode={(code) => {
            setOpen(false);
            onCode(code);
          }}
        />
      )}
    </Dialog>
  );
}

/** The back camera's picture, looked at for a code until one is read; the camera stops when it closes. */
function Viewfinder({
  formats,
  accept,
  failedText,
  onCode,
}: {
  formats: string[];
  accept: (value: string) => boolean;
  failedText: string;
  onCode: (code: string) => void;
}) {
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);
  // The latest callbacks, without restarting the camera when the parent renders again.
  const found = useRef({ onCode, accept });
  useEffect(() => {
    found.current = { onCode, accept };
  }, [onCode, accept]);
  const wanted = formats.join(',');

  useEffect(() => {
    const Detector = detectorOf();
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const start = async () => {
      if (!Detector || !video.current) throw new Error('no detector');
      const detector = new Detector({ formats: wanted.split(',') });
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
      if (stopped) return;
      video.current.srcObject = stream;
      await video.current.play();
      const look = async () => {
        if (stopped || !video.current) return;
        const codes = await detector.detect(video.current);
        const code = codes.map((c) => c.rawValue.trim()).find((value) => found.current.accept(value));
        if (code) found.current.onCode(code);
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
  }, [wanted]);

  return (
    <div className="mt-4">
      {/* The picture only helps aim the camera; what is read is announced by the page it opens. */}
      <video ref={video} muted playsInline aria-hidden="true" className="aspect-video w-full rounded bg-black" />
      <StatusMessage tone="error" className="mt-2">
        {failed ? failedText : null}
      </StatusMessage>
    </div>
  );
}
