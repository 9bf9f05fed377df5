// Inputs of showroom mode: the store staff open it for, and what a scanner or the search field sends.
import { z } from 'zod';
import { fieldMessage } from '@/lib/platform/errors';
import { SCANNABLE_CODE } from './barcode-scanner.rules';

export const enterShowroomInput = z.object({ storeId: z.uuid(fieldMessage('unknown_location')) });
export type EnterShowroomInput = z.infer<typeof enterShowroomInput>;

/** What /showroom/find looks up as a code (an EAN/GTIN or a SKU); any other text is a search. */
export const scannedCode = z.string().trim().regex(SCANNABLE_CODE);
