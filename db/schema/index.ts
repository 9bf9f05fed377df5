export * from './audit';
export * from './catalog';
export * from './channels';
export * from './installation';
export * from './inventory';
export * from './people';
export * from './pricing';
export * from './security';
